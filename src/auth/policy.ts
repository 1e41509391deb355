import type { Viewer } from './viewer.js';

/**
 * Whose contact points the caller sees. A contact point belongs to the organization that recorded it
 * (null: the secretariat): the secretariat sees every one; a reader or editor those its own organization
 * recorded; the public none. It depends on who recorded a contact and on nothing a write could add
 * (posts, events, partnerships), so no write an editor may make widens what it sees. Checked here and
 * nowhere else: the loader filters its SQL with this and checks each row with `maySeeContactPoint`.
 */
export type ContactVisibility = { all: true } | { all: false; recordedBy: readonly string[] };

export function contactPointsVisibleTo(viewer: Viewer): ContactVisibility {
  if (viewer.role === 'SECRETARIAT') return { all: true };
  if ((viewer.role === 'READER' || viewer.role === 'ASSOCIATION_EDITOR') && viewer.organizationId) return { all: false, recordedBy: [viewer.organizationId] };
  return { all: false, recordedBy: [] };
}

/** `recordedBy`: the internal key of the organization that recorded the contact point, null for the secretariat. */
export function maySeeContactPoint(viewer: Viewer, recordedBy: string | null): boolean {
  const visibility = contactPointsVisibleTo(viewer);
  return visibility.all || (recordedBy !== null && visibility.recordedBy.includes(recordedBy));
}

/**
 * The organization a caller records contact points for: the secretariat any it names, or none (its
 * own); an editor only its own organization (not its branches: their contacts are theirs). `undefined`:
 * the caller may not record for the organization asked.
 */
export function contactOwnerFor(viewer: Viewer, requested: string | null): string | null | undefined {
  if (viewer.role === 'SECRETARIAT') return requested;
  if (viewer.role !== 'ASSOCIATION_EDITOR' || !viewer.organizationId) return undefined;
  return requested === null || requested === viewer.organizationId ? viewer.organizationId : undefined;
}

/**
 * Whether the caller may write an organization's data (its bodies, rosters, partnerships, events): the
 * secretariat anything; an association editor its own organization and its branches.
 */
export function mayWriteFor(viewer: Viewer, organization: { id: string; parentId?: string | null }): boolean {
  if (viewer.role === 'SECRETARIAT') return true;
  if (viewer.role !== 'ASSOCIATION_EDITOR' || !viewer.organizationId) return false;
  return organization.id === viewer.organizationId || organization.parentId === viewer.organizationId;
}

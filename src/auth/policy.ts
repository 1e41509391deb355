import type { Viewer } from './viewer.js';

/**
 * Who may see a person's private contact details: the secretariat always; a reader or editor when the
 * person holds a post in the caller's own organization; the public never. Checked here and nowhere else.
 */
export function maySeePrivateContacts(viewer: Viewer, personOrganizationIds: readonly string[]): boolean {
  if (viewer.role === 'SECRETARIAT') return true;
  if (viewer.role === 'READER' || viewer.role === 'ASSOCIATION_EDITOR') {
    return viewer.organizationId !== undefined && personOrganizationIds.includes(viewer.organizationId);
  }
  return false;
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

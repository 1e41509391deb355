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

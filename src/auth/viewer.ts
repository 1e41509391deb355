/** Who is asking. Public callers carry no token; roles come with the write issue. */
export type Role = 'PUBLIC' | 'READER' | 'ASSOCIATION_EDITOR' | 'SECRETARIAT';

export interface Viewer {
  role: Role;
  /** Internal key of the organization a READER or ASSOCIATION_EDITOR belongs to. */
  organizationId?: string;
  subject?: string;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'PUBLIC' });

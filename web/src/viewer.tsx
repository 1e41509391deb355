import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from './gql';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      subject
      organization {
        id
        name
        parent {
          id
        }
      }
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

export interface Viewer {
  role: string;
  subject: string | null;
  organization: { id: string; name: string; parent?: { id: string } | null } | null;
  /** False until the API has answered who this is (screens for signed-in people wait for it). */
  known: boolean;
}

const PUBLIC: Viewer = { role: 'PUBLIC', subject: null, organization: null, known: false };
const ViewerContext = createContext<Viewer>(PUBLIC);

/**
 * Who is using the app, as the API sees them (`viewer`): the public, or a person signed in with the
 * session cookie (sign-in page), whose role chooses their views: the secretariat's screens, an editor's
 * screens for their own association.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: ViewerQuery });
  const viewer = data?.viewer ? { ...data.viewer, known: true } : { ...PUBLIC, known: Boolean(error) };
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext);

/** Whether the viewer may change an organization's data: the secretariat any, an editor their own and its branches (as the API's rule). */
export function mayEdit(viewer: Viewer, organization: { id: string; parent?: { id: string } | null }): boolean {
  if (viewer.role === 'SECRETARIAT') return true;
  if (viewer.role !== 'ASSOCIATION_EDITOR' || !viewer.organization) return false;
  return organization.id === viewer.organization.id || organization.parent?.id === viewer.organization.id;
}

/**
 * Signing in or out changes what every answer may hold (private fields): the page is loaded anew, so
 * that nothing cached for the previous viewer is shown to the next.
 */
export const reloadAt = (path: string) => window.location.assign(path);

/** Who the app is showing things to, with their screens and sign-out; for the public, the sign-in link. */
export function ViewerBadge() {
  const viewer = useViewer();
  const { t } = useTranslation();
  const [, signOut] = useMutation(SignOutMutation);
  const [leaving, setLeaving] = useState(false);
  if (!viewer.known) return null;
  if (viewer.role === 'PUBLIC') {
    return (
      <Link className="viewer-badge__link" to="/sign-in">
        {t('viewer.signIn')}
      </Link>
    );
  }
  return (
    <div className="viewer-badge">
      <span>
        {t('viewer.signedInAs', { subject: viewer.subject ?? '' })}
        {viewer.organization ? ` · ${viewer.organization.name}` : ''}
      </span>
      {viewer.role === 'SECRETARIAT' ? <Link to="/secretariat">{t('secretariat.title')}</Link> : null}
      {viewer.role === 'ASSOCIATION_EDITOR' && viewer.organization ? <Link to={`/edit/${viewer.organization.id}`}>{t('edit.myAssociation')}</Link> : null}
      <button
        type="button"
        disabled={leaving}
        onClick={async () => {
          setLeaving(true);
          await signOut({});
          reloadAt('/');
        }}
      >
        {t('viewer.signOut')}
      </button>
    </div>
  );
}

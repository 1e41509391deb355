import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from './gql';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      role
      subject
      organization {
        id
        name
      }
    }
  }
`);

export interface Viewer {
  role: string;
  subject: string | null;
  organization: { id: string; name: string } | null;
}

const PUBLIC: Viewer = { role: 'PUBLIC', subject: null, organization: null };
const ViewerContext = createContext<Viewer>(PUBLIC);

/**
 * Who is using the app, as the API sees them (`viewer`): the public today; a signed-in leader or the
 * secretariat once sessions exist, which is what will choose their views (their association's network, the
 * secretariat's screens).
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data }] = useQuery({ query: ViewerQuery });
  return <ViewerContext.Provider value={data?.viewer ?? PUBLIC}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext);

/** Says who the app is showing things to: only when that is someone, not the public. */
export function ViewerBadge() {
  const viewer = useViewer();
  const { t } = useTranslation();
  if (viewer.role === 'PUBLIC') return null;
  return (
    <p className="viewer-badge">
      {t('viewer.signedInAs', { subject: viewer.subject ?? '' })}
      {viewer.organization ? ` · ${viewer.organization.name}` : ''}
    </p>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorMessage, Loading } from '../components/Status';
import { RoleLabel, useOrganizationName } from '../components/Labels';
import { SearchForm } from '../components/SearchForm';
import { useFormat } from '../format';
import { useTitle } from '../title';

const SearchQuery = graphql(`
  query Search($query: String!, $after: String) {
    search(query: $query, types: [ORGANIZATION, FOREIGN_NGO, PERSON], first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          __typename
          ... on Organization {
            id
            name
            nameVi
            nameEn
            nameFr
            abbreviation
            kind
            countries {
              code
              nameEn
            }
          }
          ... on Person {
            id
            fullName
            honorific
            memberships(first: 3) {
              edges {
                node {
                  id
                  role
                  organization {
                    id
                    name
                    nameVi
                    nameEn
                    nameFr
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

export function HomePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  useTitle(q ? t('search.titleFor', { q }) : t('home.title'));
  return (
    <div className="home">
      <section className="home__intro" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p>{t('home.lead')}</p>
        <SearchForm />
        <p className="hint">{t('search.hint')}</p>
      </section>
      {q ? <SearchResults key={q} query={q} /> : null}
    </div>
  );
}

function SearchResults({ query }: { query: string }) {
  const { t } = useTranslation();
  // Pages already shown, by the cursor each starts after: "more" adds a page, the earlier stay cached.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">{t('search.results')}</h2>
      {cursors.map((after, i) => (
        <ResultPage key={after ?? ''} query={query} after={after} last={i === cursors.length - 1} onMore={(cursor) => setCursors((c) => [...c, cursor])} />
      ))}
    </section>
  );
}

function ResultPage({ query, after, last, onMore }: { query: string; after: string | null; last: boolean; onMore: (cursor: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const orgName = useOrganizationName();
  const [{ data, fetching, error }] = useQuery({ query: SearchQuery, variables: { query, after } });
  if (fetching) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const search = data?.search;
  if (!search) return null;
  return (
    <>
      {after === null ? (
        <p className="results__count" role="status">
          {search.totalCount ? t('search.found', { count: search.totalCount }) : t('search.none', { q: query })}
        </p>
      ) : null}
      <ul className="results__list">
        {search.edges.map(({ cursor, node }) => (
          <li key={cursor} className="result">
            {node.__typename === 'Person' ? (
              <>
                <Link to={`/p/${encodeURIComponent(node.id)}`} className="result__name">
                  {node.fullName}
                </Link>
                <span className="result__kind">{t('kind.PERSON')}</span>
                {node.memberships.edges.length ? (
                  <span className="result__detail">
                    {node.memberships.edges.map(({ node: m }, i) => (
                      <span key={m.id}>
                        {i ? '; ' : ''}
                        <RoleLabel role={m.role} />, {orgName(m.organization)}
                      </span>
                    ))}
                  </span>
                ) : null}
              </>
            ) : node.__typename !== 'Event' ? (
              <>
                <Link to={`/o/${encodeURIComponent(node.id)}`} className="result__name">
                  {orgName(node)}
                  {node.abbreviation ? ` (${node.abbreviation})` : ''}
                </Link>
                <span className="result__kind">{t(`kind.${node.kind}`)}</span>
                {node.countries.length ? <span className="result__detail">{node.countries.map((c) => f.country(c.code, c.nameEn)).join(', ')}</span> : null}
              </>
            ) : null}
          </li>
        ))}
      </ul>
      {last && search.pageInfo.hasNextPage && search.pageInfo.endCursor ? (
        <button type="button" className="more" onClick={() => onMore(search.pageInfo.endCursor!)}>
          {t('search.more')}
        </button>
      ) : null}
    </>
  );
}

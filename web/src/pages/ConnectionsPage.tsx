import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ConnectionPathsQuery } from '../gql/graphql';
import { Certainty, useOrganizationName } from '../components/Labels';
import { ErrorMessage, Loading } from '../components/Status';
import { EDGE_COLOURS, pagePathOf, useEdgeLabel } from '../network';
import { useFormat } from '../format';
import { useTitle } from '../title';

const FromQuery = graphql(`
  query ConnectionsFrom($id: ID!) {
    organization(id: $id) {
      id
      name
      nameVi
      nameEn
      nameFr
    }
  }
`);

const CandidatesQuery = graphql(`
  query ConnectionCandidates($query: String!) {
    search(query: $query, types: [ORGANIZATION, FOREIGN_NGO, PERSON], first: 8) {
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
            kind
          }
          ... on Person {
            id
            fullName
          }
        }
      }
    }
  }
`);

const PathsQuery = graphql(`
  query ConnectionPaths($from: ID!, $to: ID!) {
    connectionPaths(from: $from, to: $to, maxHops: 4, k: 3) {
      connected
      maxHops
      paths {
        hops
        explanation
        steps {
          from {
            id
            nodeId
            label
            kind
          }
          to {
            id
            nodeId
            label
            kind
          }
          edge {
            kind
            label
            certainty
            lastAttested {
              text
              precision
            }
          }
        }
      }
    }
  }
`);

/** "How are we connected to X": pick X, then the shortest paths between the two, each hop explained. */
export default function ConnectionsPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const to = params.get('to');
  const { t } = useTranslation();
  const orgName = useOrganizationName();
  const [{ data, error }] = useQuery({ query: FromQuery, variables: { id } });
  const from = data?.organization;
  const title = from ? t('paths.titleFrom', { name: orgName(from) }) : t('paths.title');
  useTitle(title);
  if (error && !from) return <ErrorMessage error={error} />;
  return (
    <article className="connections">
      <h1>{title}</h1>
      {from ? (
        <p>
          <Link to={`/o/${encodeURIComponent(from.id)}`}>{t('network.backTo', { name: orgName(from) })}</Link>
          {' · '}
          <Link to={`/network/${encodeURIComponent(from.id)}`}>{t('organization.network')}</Link>
        </p>
      ) : null}
      <CandidatePicker exclude={id} onPick={(target) => setParams(new URLSearchParams({ to: target }))} />
      {to ? <Paths from={id} to={to} /> : null}
    </article>
  );
}

function CandidatePicker({ exclude, onPick }: { exclude: string; onPick: (id: string) => void }) {
  const { t } = useTranslation();
  const orgName = useOrganizationName();
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  const inputId = useId();
  const [{ data, fetching }] = useQuery({ query: CandidatesQuery, variables: { query }, pause: !query });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(value.trim());
  };
  const candidates = (data?.search.edges ?? []).flatMap(({ node }) =>
    node.__typename === 'Person' ? [{ id: node.id, name: node.fullName, kind: 'PERSON' }] : node.__typename !== 'Event' && node.id !== exclude ? [{ id: node.id, name: orgName(node), kind: node.kind }] : [],
  );
  return (
    <section aria-labelledby="pick-title" className="picker">
      <h2 id="pick-title">{t('paths.pick')}</h2>
      <form onSubmit={submit} className="search-form">
        <label htmlFor={inputId} className="search-form__label">
          {t('paths.pickLabel')}
        </label>
        <input id={inputId} type="search" value={value} onChange={(e) => setValue(e.target.value)} placeholder={t('search.placeholder')} autoComplete="off" />
        <button type="submit">{t('search.submit')}</button>
      </form>
      {fetching ? <Loading /> : null}
      {query && data ? (
        candidates.length ? (
          <ul className="candidates">
            {candidates.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => onPick(c.id)}>
                  {c.name}
                </button>{' '}
                <span className="muted">· {t(`kind.${c.kind}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('search.none', { q: query })}</p>
        )
      ) : null}
    </section>
  );
}

type Path = ConnectionPathsQuery['connectionPaths']['paths'][number];

function Paths({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: PathsQuery, variables: { from, to } });
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} />;
  const answer = data?.connectionPaths;
  if (!answer) return null;
  return (
    <section aria-labelledby="paths-title" className="paths">
      <h2 id="paths-title">{t('paths.results')}</h2>
      <p role="status" className="paths__summary">
        {answer.connected ? t('paths.found', { count: answer.paths.length, hops: f.number(answer.paths[0]?.hops ?? 0) }) : t('paths.none', { hops: f.number(answer.maxHops) })}
      </p>
      <ol className="paths__list">
        {answer.paths.map((path, i) => (
          <li key={i}>
            <PathView path={path} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function PathView({ path }: { path: Path }) {
  const { t, i18n } = useTranslation();
  const edgeLabel = useEdgeLabel();
  const start = path.steps[0]?.from;
  // The API's `explanation` is in English; in the other languages the same sentence is said with their words.
  const explanation =
    i18n.resolvedLanguage === 'en' ? path.explanation : [start?.label, ...path.steps.map((s) => `${edgeLabel(s.edge.kind, s.edge.label)} → ${s.to.label}`)].join(' → ');
  const weak = path.steps.some((s) => s.edge.kind === 'MEMBER_OF');
  return (
    <div className="path">
      <p className="path__explanation">{explanation}</p>
      {weak ? <p className="path__weak">{t('paths.weak')}</p> : null}
      <ol className="path__steps" aria-label={t('paths.steps', { count: path.hops })}>
        {path.steps.map((s, i) => (
          <li key={i}>
            <Link to={pagePathOf(s.from)}>{s.from.label}</Link>{' '}
            <span className="path__edge" style={{ borderColor: EDGE_COLOURS[s.edge.kind] }}>
              {edgeLabel(s.edge.kind, s.edge.label)}
            </span>{' '}
            <Link to={pagePathOf(s.to)}>{s.to.label}</Link> <Certainty certainty={s.edge.certainty} lastAttested={s.edge.lastAttested} />
          </li>
        ))}
      </ol>
    </div>
  );
}

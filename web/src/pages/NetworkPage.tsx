import cytoscape from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { NetworkEdgeKind, NeighbourhoodQuery } from '../gql/graphql';
import { Certainty } from '../components/Labels';
import { ErrorMessage, Loading } from '../components/Status';
import { DEFAULT_EDGE_KINDS, EDGE_COLOURS, EDGE_KINDS, pagePathOf, useEdgeLabel } from '../network';
import { useFormat } from '../format';
import { useTitle } from '../title';

const NeighbourhoodQueryDocument = graphql(`
  query Neighbourhood($id: ID!, $hops: Int!, $edgeKinds: [NetworkEdgeKind!]) {
    neighbourhood(id: $id, hops: $hops, edgeKinds: $edgeKinds, limit: 200) {
      truncated
      nodes {
        id
        nodeId
        label
        kind
        category
        hops
      }
      edges {
        source
        target
        kind
        label
        weight
        certainty
        lastAttested {
          text
          precision
        }
      }
    }
  }
`);

type Graph = NeighbourhoodQuery['neighbourhood'];

const HOPS = [1, 2, 3] as const;

/**
 * Hops and kinds, kept in the address too (so that a view can be bookmarked and shared): the controls answer
 * at once, the address follows.
 */
function useNetworkParams() {
  const [params, setParams] = useSearchParams();
  const fromAddress = useMemo(() => {
    const hops = Math.min(3, Math.max(1, Number(params.get('hops')) || 2));
    const given = params.get('kinds');
    const kinds = given === null ? DEFAULT_EDGE_KINDS : EDGE_KINDS.filter((k) => given.split(',').includes(k));
    return { hops, kinds };
  }, [params]);
  const [chosen, setChosen] = useState(fromAddress);
  // Back and forward in the history change the address: the controls follow it.
  useEffect(() => setChosen(fromAddress), [fromAddress]);
  const update = (next: { hops?: number; kinds?: NetworkEdgeKind[] }) => {
    const value = { ...chosen, ...next };
    setChosen(value);
    const p = new URLSearchParams(params);
    p.set('hops', String(value.hops));
    p.set('kinds', value.kinds.join(','));
    setParams(p, { replace: true });
  };
  return { ...chosen, update };
}

/**
 * An organization's (or a person's) neighbourhood within 1–3 hops as an interactive graph. Cytoscape.js
 * draws and lays it out; clicking a node opens its page. The same nodes are listed below the graph as
 * links, for the keyboard and for screen readers.
 */
export default function NetworkPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { hops, kinds, update } = useNetworkParams();
  const [{ data, fetching, error }] = useQuery({ query: NeighbourhoodQueryDocument, variables: { id, hops, edgeKinds: kinds } });
  const graph = data?.neighbourhood;
  const centre = graph?.nodes.find((n) => n.hops === 0);
  useTitle(centre ? t('network.titleOf', { name: centre.label }) : t('network.title'));
  const toggle = (kind: NetworkEdgeKind) => update({ kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind] });
  return (
    <article className="network">
      <h1>{centre ? t('network.titleOf', { name: centre.label }) : t('network.title')}</h1>
      {centre ? (
        <p>
          <Link to={pagePathOf(centre)}>{t('network.backTo', { name: centre.label })}</Link>
          {centre.kind === 'ORGANIZATION' ? (
            <>
              {' · '}
              <Link to={`/connections/${encodeURIComponent(centre.nodeId)}`}>{t('organization.connections')}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <form className="network__controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('network.hops')}</legend>
          {HOPS.map((h) => (
            <label key={h} className="choice">
              <input type="radio" name="hops" value={h} checked={hops === h} onChange={() => update({ hops: h })} />
              {t('network.hopCount', { count: h })}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('network.edgeKinds')}</legend>
          {EDGE_KINDS.map((kind) => {
            // From a person, the API always follows the person's own posts.
            const always = kind === 'POST' && centre?.kind === 'PERSON';
            return (
              <label key={kind} className="choice">
                <input type="checkbox" name="kinds" value={kind} checked={always || kinds.includes(kind)} disabled={always} onChange={() => toggle(kind)} />
                <span className="swatch" style={{ background: EDGE_COLOURS[kind] }} aria-hidden="true" />
                {t(`edgeKind.${kind}`)}
              </label>
            );
          })}
        </fieldset>
      </form>
      {fetching && !graph ? <Loading /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {graph ? <NetworkView graph={graph} /> : null}
    </article>
  );
}

function NetworkView({ graph }: { graph: Graph }) {
  const { t } = useTranslation();
  const f = useFormat();
  const edgeLabel = useEdgeLabel();
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.nodeId, n])), [graph]);
  const byHops = useMemo(() => {
    const groups = new Map<number, Graph['nodes']>();
    for (const n of graph.nodes) groups.set(n.hops, [...(groups.get(n.hops) ?? []), n]);
    return [...groups].sort(([a], [b]) => a - b);
  }, [graph]);
  return (
    <>
      <p role="status">
        {t('network.counts', { nodes: f.number(graph.nodes.length), edges: f.number(graph.edges.length) })}
        {graph.truncated ? ` ${t('network.truncated')}` : ''}
      </p>
      <Cytoscape graph={graph} />
      <section aria-labelledby="nodes-title">
        <h2 id="nodes-title">{t('network.nodes')}</h2>
        {byHops.map(([hops, nodes]) => (
          <div key={hops}>
            <h3>{hops === 0 ? t('network.centre') : t('network.atHops', { count: hops })}</h3>
            <ul className="node-list">
              {nodes.map((n) => (
                <li key={n.id}>
                  <Link to={pagePathOf(n)}>{n.label}</Link> <span className="muted">· {n.kind === 'PERSON' ? t('kind.PERSON') : t(`kind.${n.category}`, { defaultValue: n.category ?? '' })}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {graph.edges.length ? (
        <details>
          <summary>{t('network.links', { count: graph.edges.length })}</summary>
          <ul className="edge-list">
            {graph.edges.map((e, i) => (
              <li key={i}>
                {byId.get(e.source)?.label} — <span style={{ color: EDGE_COLOURS[e.kind] }}>{edgeLabel(e.kind, e.label)}</span> — {byId.get(e.target)?.label}{' '}
                <Certainty certainty={e.certainty} lastAttested={e.lastAttested} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

const CATEGORY_COLOURS: Record<string, string> = {
  UNION: '#9b1c1c',
  UNION_BODY: '#c2410c',
  FRIENDSHIP_ASSOCIATION: '#b45309',
  LOCAL_UNION: '#a16207',
  LOCAL_ASSOCIATION: '#ca8a04',
  FOREIGN_NGO: '#047857',
  FOREIGN_COUNTERPART: '#0f766e',
  GOVERNMENT_BODY: '#1e40af',
  PERSON: '#6d28d9',
};

function Cytoscape({ graph }: { graph: Graph }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The graph is drawn once per answer: a navigation elsewhere (a new `navigate`) must not redraw it.
  const go = useRef(navigate);
  go.current = navigate;
  const container = useRef<HTMLDivElement>(null);
  // Redrawn when what is drawn changes, not whenever the client hands over an equal answer anew.
  const drawn = useRef(graph);
  drawn.current = graph;
  const shape = useMemo(() => JSON.stringify([graph.nodes.map((n) => n.id), graph.edges.map((e) => [e.source, e.target, e.kind, e.weight, e.certainty])]), [graph]);
  useEffect(() => {
    const graph = drawn.current;
    if (!container.current) return;
    const present = new Set(graph.nodes.map((n) => n.nodeId));
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.nodeId, label: n.label, kind: n.kind, hops: n.hops, colour: CATEGORY_COLOURS[n.kind === 'PERSON' ? 'PERSON' : (n.category ?? '')] ?? '#374151' } })),
        ...graph.edges
          .filter((e) => present.has(e.source) && present.has(e.target))
          .map((e, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, weight: e.weight, colour: EDGE_COLOURS[e.kind], unsure: e.certainty !== null && e.certainty !== 'CONFIRMED' } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            label: 'data(label)',
            'font-size': 11,
            'text-wrap': 'wrap',
            'text-max-width': '120px',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            color: '#111827',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            width: 18,
            height: 18,
          },
        },
        { selector: 'node[hops = 0]', style: { width: 30, height: 30, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#fcd34d' } },
        { selector: 'node[kind = "PERSON"]', style: { shape: 'round-rectangle' } },
        { selector: 'edge', style: { 'line-color': 'data(colour)', width: 'mapData(weight, 1, 5, 1.5, 5)', 'curve-style': 'bezier', opacity: 0.8 } },
        { selector: 'edge[?unsure]', style: { 'line-style': 'dashed' } },
        { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.15 } },
      ],
      // Rings by distance from the centre: Cytoscape's concentric layout, nearest ring first.
      layout: { name: 'concentric', concentric: (node) => 10 - Number(node.data('hops')), levelWidth: () => 1, minNodeSpacing: 70, spacingFactor: 1.1, padding: 20, animate: false },
      minZoom: 0.2,
      maxZoom: 3,
    });
    cy.on('tap', 'node', (event) => {
      const node = event.target;
      go.current(pagePathOf({ kind: node.data('kind'), nodeId: node.id() }));
    });
    cy.on('mouseover', 'node', () => container.current && (container.current.style.cursor = 'pointer'));
    cy.on('mouseout', 'node', () => container.current && (container.current.style.cursor = ''));
    return () => cy.destroy();
  }, [shape]);
  return <div ref={container} className="network__graph" role="img" aria-label={t('network.graphLabel', { count: graph.nodes.length })} data-testid="network-graph" />;
}

import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId, toGlobalId } from '../../relay/global-id.js';
import { Event } from '../event/event.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { expand, type EdgeRow, type ExpandOptions, type NodeKey } from './network.edges.js';
import { ConnectionPaths, NetworkEdge, NetworkEdgeKind, NetworkGraph, NetworkNode, NetworkNodeKind, NetworkPath, PathStep } from './network.types.js';

export const MAX_NEIGHBOURHOOD_HOPS = 3;
export const MAX_PATH_HOPS = 6;

/** A global ID of an Organization or Person as a node key. */
export function nodeKey(globalId: string, field: string): NodeKey {
  const { type, id } = fromGlobalId(globalId);
  if (type === 'Organization') return `O:${id}`;
  if (type === 'Person') return `P:${id}`;
  throw badUserInput(`${field} must be the ID of an Organization or a Person`, [{ field, message: 'not an organization or person' }]);
}

const pairKey = (e: EdgeRow) => (e.source < e.target ? `${e.source}|${e.target}|${e.kind}` : `${e.target}|${e.source}|${e.kind}`);

/**
 * Breadth-first, one SQL statement per hop (the database aggregates the links of each pair): the frontier's edges come from PostgreSQL, the visited set
 * stays small (bounded by `limit`), and a node is never revisited, so cycles cannot loop.
 */
export async function neighbourhood(ctx: Context, start: NodeKey, hops: number, options: ExpandOptions, limit: number): Promise<NetworkGraph> {
  if (hops < 1 || hops > MAX_NEIGHBOURHOOD_HOPS) throw badUserInput(`hops must be between 1 and ${MAX_NEIGHBOURHOOD_HOPS}`, [{ field: 'hops', message: 'out of range' }]);
  const depth = new Map<NodeKey, number>([[start, 0]]);
  const edges = new Map<string, EdgeRow>();
  let frontier = [start];
  let truncated = false;
  // Once the node limit is reached, no further hop can add a node: stop there (the result says truncated).
  for (let hop = 1; hop <= hops && frontier.length && !truncated; hop++) {
    const next: NodeKey[] = [];
    for (const edge of await expand(ctx.em, frontier, options)) {
      if (!depth.has(edge.target)) {
        if (depth.size >= limit) {
          truncated = true;
          continue;
        }
        depth.set(edge.target, hop);
        next.push(edge.target);
      }
      const key = pairKey(edge);
      // The same pair is met from both ends: keep one edge.
      if (!edges.has(key)) edges.set(key, edge);
    }
    frontier = next;
  }
  const nodes = await describeNodes(ctx, depth);
  // A readable graph: at most 3 edges per node, those nearest the start and strongest first.
  const nearness = (e: EdgeRow) => Math.max(depth.get(e.source)!, depth.get(e.target)!);
  const candidates = [...edges.values()].filter((edge) => depth.has(edge.source) && depth.has(edge.target));
  const drawn = candidates.sort((a, b) => nearness(a) - nearness(b) || b.weight - a.weight).slice(0, limit * 3);
  if (drawn.length < candidates.length) truncated = true;
  return Object.assign(new NetworkGraph(), { nodes: [...nodes.values()].sort(byHopsThenName), edges: await describeEdges(ctx, drawn, nodes), truncated });
}

/**
 * Shortest paths by a breadth-first search from both ends at once (one statement per hop), keeping
 * every parent at the shortest depth so that up to k distinct shortest paths can be read back.
 */
export async function shortestPaths(ctx: Context, from: NodeKey, to: NodeKey, maxHops: number, k: number, options: ExpandOptions & { weakFallback?: boolean }): Promise<ConnectionPaths> {
  if (maxHops < 1 || maxHops > MAX_PATH_HOPS) throw badUserInput(`maxHops must be between 1 and ${MAX_PATH_HOPS}`, [{ field: 'maxHops', message: 'out of range' }]);
  if (k < 1 || k > 10) throw badUserInput('k must be between 1 and 10', [{ field: 'k', message: 'out of range' }]);
  const closest = await strongestPaths(ctx, from, to, maxHops, k, options);
  if (closest.answer.connected || !options.weakFallback) return sayHowWeak(closest, onlyMembership(options.kinds));
  // Nothing closer: organizations that belong to the same union are still connected through it, weakly.
  const weak = await strongestPaths(ctx, from, to, maxHops, k, { ...options, kinds: new Set([...options.kinds, NetworkEdgeKind.MEMBER_OF]) });
  return weak.answer.connected ? sayHowWeak(weak, true) : closest.answer;
}

/** Whether the kinds asked for connect organizations by membership alone (a person's posts only lead into them). */
const onlyMembership = (kinds: ReadonlySet<NetworkEdgeKind>) => kinds.has(NetworkEdgeKind.MEMBER_OF) && [...kinds].every((k) => k === NetworkEdgeKind.MEMBER_OF || k === NetworkEdgeKind.POST);

/** The shortest paths, and for each the unions it passes through by membership steps. */
interface FoundPaths {
  answer: ConnectionPaths;
  unionsOf: string[][];
}

/**
 * A path through membership of a common union is weak (every member shares it): the summary says so,
 * whether the union was followed as a fallback or because it was asked for. `nothingCloser`: no path
 * without membership exists within maxHops (the fallback found none, or only membership was followed).
 */
function sayHowWeak({ answer, unionsOf }: FoundPaths, nothingCloser: boolean): ConnectionPaths {
  const weak = answer.paths.map((p, i) => (p.steps.some((s) => s.edge.kind === NetworkEdgeKind.MEMBER_OF) ? i : -1)).filter((i) => i >= 0);
  if (!weak.length) return answer;
  const names = [...new Set(weak.flatMap((i) => unionsOf[i]))];
  const through = names.length ? `common membership (${names.join(', ')})` : 'membership of one in the other';
  answer.summary =
    weak.length === answer.paths.length
      ? `Connected ${nothingCloser ? 'only ' : ''}through ${through}, a weak tie: ${answer.summary}`
      : `${answer.summary.replace(/\.$/, '')}; ${weak.length} of them through ${through}, a weak tie.`;
  return answer;
}

async function strongestPaths(ctx: Context, from: NodeKey, to: NodeKey, maxHops: number, k: number, options: ExpandOptions): Promise<FoundPaths> {
  const kinds = new Set(options.kinds);
  if (from.startsWith('P:') || to.startsWith('P:')) kinds.add(NetworkEdgeKind.POST);
  const opts = { ...options, kinds };
  const sides = [from, to].map((root) => ({ depth: new Map<NodeKey, number>([[root, 0]]), parents: new Map<NodeKey, EdgeRow[]>(), frontier: [root] }));
  let meeting: NodeKey[] = from === to ? [from] : [];
  let total = 0;
  while (!meeting.length && total < maxHops) {
    // Grow the smaller frontier: fewer rows per statement.
    const side = sides[0].frontier.length <= sides[1].frontier.length ? sides[0] : sides[1];
    const other = side === sides[0] ? sides[1] : sides[0];
    if (!side.frontier.length) break;
    const level = Math.max(...side.frontier.map((n) => side.depth.get(n)!)) + 1;
    const next = new Set<NodeKey>();
    for (const edge of await expand(ctx.em, side.frontier, opts)) {
      const known = side.depth.get(edge.target);
      if (known !== undefined && known < level) continue;
      side.depth.set(edge.target, level);
      const parents = side.parents.get(edge.target) ?? [];
      parents.push(edge);
      side.parents.set(edge.target, parents);
      next.add(edge.target);
    }
    side.frontier = [...next];
    total++;
    // Where the two searches meet; only the meeting points of the least total length make shortest paths.
    const lengths = side.frontier.filter((n) => other.depth.has(n)).map((n) => [n, side.depth.get(n)! + other.depth.get(n)!] as const);
    const shortest = Math.min(...lengths.map(([, length]) => length));
    meeting = lengths.filter(([, length]) => length === shortest).map(([n]) => n);
  }
  if (!meeting.length) {
    const nodes = await describeNodes(ctx, new Map([[from, 0], [to, 0]]));
    const answer = Object.assign(new ConnectionPaths(), {
      connected: false,
      maxHops,
      paths: [],
      summary: `No connection between ${nodes.get(from)?.label} and ${nodes.get(to)?.label} within ${maxHops} hops.`,
    });
    return { answer, unionsOf: [] };
  }
  const paths: EdgeRow[][] = [];
  for (const meet of meeting) {
    for (const head of walkBack(sides[0].parents, meet, k)) {
      const forward = [...head].reverse();
      for (const tail of walkBack(sides[1].parents, meet, k)) {
        if (paths.length >= k) break;
        const backward = tail.map((e) => ({ ...e, source: e.target, target: e.source, upward: !e.upward }));
        paths.push([...forward, ...backward]);
      }
    }
  }
  const touched = new Map<NodeKey, number>([[from, 0]]);
  for (const path of paths) path.forEach((e, i) => (touched.set(e.source, touched.get(e.source) ?? i), touched.set(e.target, touched.get(e.target) ?? i + 1)));
  const nodes = await describeNodes(ctx, touched);
  const described = await describeEdges(ctx, paths.flat(), nodes);
  const byEdge = new Map(paths.flat().map((e, i) => [e, described[i]]));
  const networkPaths = paths.map((path) => {
    const steps = path.map((e) => Object.assign(new PathStep(), { from: nodes.get(e.source)!, to: nodes.get(e.target)!, edge: { ...byEdge.get(e)!, source: toId(e.source), target: toId(e.target) } }));
    // From a node to itself: one path of no steps.
    const start = steps[0]?.from.label ?? nodes.get(from)?.label;
    const explanation = [start, ...steps.map((s) => `${s.edge.label} → ${s.to.label}`)].join(' → ');
    return Object.assign(new NetworkPath(), { hops: path.length, steps, explanation });
  });
  // The unions a path goes through: the union end of each membership step, unless it is one of the two ends.
  const unionsOf = paths.map((path) => [...new Set(path.filter((e) => e.kind === NetworkEdgeKind.MEMBER_OF).map((e) => (e.upward ? e.target : e.source)))].filter((n) => n !== from && n !== to).map((n) => nodes.get(n)!.label));
  const answer = Object.assign(new ConnectionPaths(), {
    connected: true,
    maxHops,
    paths: networkPaths,
    summary: `${networkPaths.length} shortest connection(s) of ${networkPaths[0].hops} hop(s).`,
  });
  return { answer, unionsOf };
}

/** Up to k chains of edges from `node` back to the root of one side (edges in walking order). */
function walkBack(parents: Map<NodeKey, EdgeRow[]>, node: NodeKey, k: number): EdgeRow[][] {
  const incoming = parents.get(node);
  if (!incoming) return [[]];
  const chains: EdgeRow[][] = [];
  for (const edge of incoming) {
    for (const rest of walkBack(parents, edge.source, k)) {
      chains.push([edge, ...rest]);
      if (chains.length >= k) return chains;
    }
  }
  return chains;
}

const toId = (key: NodeKey) => toGlobalId(key.startsWith('O:') ? 'Organization' : 'Person', key.slice(2));

/** The Vietnamese sort key of each node, which the database computes with the name (migration vietnamese_sort). */
const sortKeys = new WeakMap<NetworkNode, string | null>();

/**
 * Nearest first, then by name in the order of every other list by name: the database's sort key compared
 * byte by byte, as collation "C" compares it in SQL, so the order is the same on PostgreSQL and PGlite.
 */
function byHopsThenName(a: NetworkNode, b: NetworkNode): number {
  const [x, y] = [sortKeys.get(a), sortKeys.get(b)];
  const byName = x == null || y == null ? Number(x == null) - Number(y == null) : Buffer.compare(Buffer.from(x), Buffer.from(y));
  return a.hops - b.hops || byName || (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0);
}

/** Labels straight from SQL (a graph view needs names, not hydrated entities); full nodes only on request. */
async function describeNodes(ctx: Context, depth: Map<NodeKey, number>): Promise<Map<NodeKey, NetworkNode>> {
  const keys = [...depth.keys()];
  const labels = await namesOf(ctx, keys);
  const nodes = new Map<NodeKey, NetworkNode>();
  for (const key of keys) {
    const isOrganization = key.startsWith('O:');
    const id = key.slice(2);
    const found = labels.get(key);
    const node = Object.assign(new NetworkNode(), {
      nodeId: toId(key),
      kind: isOrganization ? NetworkNodeKind.ORGANIZATION : NetworkNodeKind.PERSON,
      label: found?.label ?? '(unknown)',
      category: found?.category ?? undefined,
      hops: depth.get(key)!,
    });
    // Getters, so the entity is loaded (batched) only when a client asks for the field.
    Object.defineProperties(node, {
      organization: { get: () => (isOrganization ? ctx.loaders.byId(Organization).load(id) : null) },
      person: { get: () => (isOrganization ? null : ctx.loaders.byId(Person).load(id)) },
    });
    sortKeys.set(node, found?.sort ?? null);
    nodes.set(key, node);
  }
  return nodes;
}

/** Names (and organization kinds) of node keys, `Person:`/`Event:` vias too, in one statement. */
async function namesOf(ctx: Context, keys: string[]): Promise<Map<string, { label: string; category: string | null; sort: string | null }>> {
  const pick = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(k.indexOf(':') + 1)).join(',');
  const rows = await ctx.em.execute<{ key: string; label: string; category: string | null; sort: string | null }[]>(
    `select 'O:' || id as key, name as label, kind::text as category, name_sort as sort from organization where id = any(string_to_array(?, ',')::uuid[])
     union all select 'P:' || id, full_name, null, name_sort from person where id = any(string_to_array(?, ',')::uuid[])
     union all select 'Person:' || id, full_name, null, null from person where id = any(string_to_array(?, ',')::uuid[])
     union all select 'Event:' || id, title, null, null from event where id = any(string_to_array(?, ',')::uuid[])`,
    [pick('O:'), pick('P:'), pick('Person:'), pick('Event:')],
  );
  return new Map(rows.map((r) => [r.key, { label: r.label, category: r.category, sort: r.sort }]));
}

/** An edge in words, read from its source to its target: [upward, the other way] (see EdgeRow.upward). */
const EDGE_WORDS: Record<NetworkEdgeKind, readonly [string, string]> = {
  PARTNERSHIP: ['partnership', 'partnership'],
  SHARED_PERSON: ['shared person', 'shared person'],
  SHARED_EVENT: ['shared event', 'shared event'],
  PARENT: ['branch of', 'parent of'],
  POST: ['post in', 'post held by'],
  MEMBER_OF: ['member of', 'has member'],
};

async function describeEdges(ctx: Context, edges: EdgeRow[], nodes: Map<NodeKey, NetworkNode>): Promise<NetworkEdge[]> {
  // Names for the first three links of each edge: enough for a label, bounded whatever the graph.
  const found = await namesOf(ctx, [...new Set(edges.flatMap((e) => e.vias.slice(0, 3)))].filter((v) => v.startsWith('Person:') || v.startsWith('Event:')));
  const names = new Map([...found].map(([key, value]) => [key, value.label]));
  return edges.map((edge) => {
    const labels = edge.vias.slice(0, 3).map((v) => names.get(v)).filter(Boolean);
    const more = edge.weight - labels.length;
    const label = `${EDGE_WORDS[edge.kind][edge.upward ? 0 : 1]}${labels.length ? ` ${labels.join(', ')}` : ''}${labels.length && more > 0 ? ` (+${more})` : ''}`;
    return Object.assign(new NetworkEdge(), {
      source: nodes.get(edge.source)?.nodeId ?? toId(edge.source),
      target: nodes.get(edge.target)?.nodeId ?? toId(edge.target),
      kind: edge.kind,
      weight: edge.weight,
      via: edge.vias.filter(Boolean).map((v) => toGlobalId(v.split(':')[0], v.split(':')[1])),
      label,
    });
  });
}

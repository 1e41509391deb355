import { readSql } from '../../db/read-sql.js';
import { rowReader, selectList } from '../../db/rows.js';
import type { Context } from '../../graphql/context.js';
import { defineLoader } from '../../graphql/loaders.js';
import { fromGlobalId } from '../../relay/global-id.js';
import { supersededFromSql } from '../membership/membership.certainty.js';
import { Membership } from '../membership/membership.entity.js';
import { NetworkEdgeKind, type NetworkEdge } from './network.types.js';

/**
 * The posts an edge is made of, as ties of sides: a POST edge is one tie of one side (the person's posts
 * in the organization); a SHARED_PERSON edge is a tie per shared person, of two sides (the person's posts
 * in each organization). Null for the kinds not made of posts.
 */
export type EdgeTies = Membership[][][];

/** The day each post of an edge is superseded from (supersededFromSql), read with the post. */
export const supersededFrom = new WeakMap<Membership, string | null>();

/** `POST:<person>:<organization>` or `SHARED_PERSON:<organization>:<organization>` (in id order): both directions of an edge share one. */
type TieKey = string;

function tieKey(edge: Pick<NetworkEdge, 'source' | 'target' | 'kind'>): TieKey | null {
  if (edge.kind !== NetworkEdgeKind.POST && edge.kind !== NetworkEdgeKind.SHARED_PERSON) return null;
  const ends = [fromGlobalId(edge.source), fromGlobalId(edge.target)];
  if (edge.kind === NetworkEdgeKind.POST) {
    const person = ends.find((e) => e.type === 'Person');
    const organization = ends.find((e) => e.type === 'Organization');
    return person && organization ? `POST:${person.id}:${organization.id}` : null;
  }
  const [a, b] = ends.map((e) => e.id).sort();
  return `SHARED_PERSON:${a}:${b}`;
}

/** The posts of many edges in one statement, whatever their number and kinds. */
const edgePosts = defineLoader<TieKey, EdgeTies>(async (em, keys) => {
  const parsed = keys.map((key) => key.split(':') as [string, string, string]);
  const posts = parsed.filter(([kind]) => kind === NetworkEdgeKind.POST);
  const pairs = parsed.filter(([kind]) => kind === NetworkEdgeKind.SHARED_PERSON);
  const columns = `${selectList(em, Membership, 't')}, (${supersededFromSql('t')})::text as __superseded_from`;
  const rows = await readSql(
    em,
    `select 'POST:' || t.person_id || ':' || t.organization_id as __key, ${columns}
     from unnest($1::uuid[], $2::uuid[]) as post(person_id, organization_id)
       join membership t on t.person_id = post.person_id and t.organization_id = post.organization_id
     union all
     select 'SHARED_PERSON:' || pair.a || ':' || pair.b, ${columns}
     from unnest($3::uuid[], $4::uuid[]) as pair(a, b)
       join membership t on t.organization_id in (pair.a, pair.b)
     where exists (select 1 from membership o where o.person_id = t.person_id
       and o.organization_id = case when t.organization_id = pair.a then pair.b else pair.a end)`,
    [posts.map((p) => p[1]), posts.map((p) => p[2]), pairs.map((p) => p[1]), pairs.map((p) => p[2])],
  );
  const read = rowReader(em, Membership);
  const byKey = new Map<TieKey, Map<string, Membership[][]>>(keys.map((key) => [key, new Map()]));
  for (const row of rows) {
    const key = String(row.__key);
    const membership = read(row);
    supersededFrom.set(membership, (row.__superseded_from as string | null) ?? null);
    const [kind, , b] = key.split(':');
    // A POST edge is one tie of one side; a shared person is a tie whose sides are the two organizations.
    const tie = kind === NetworkEdgeKind.POST ? '' : membership.person.id;
    const ties = byKey.get(key)!;
    if (!ties.has(tie)) ties.set(tie, kind === NetworkEdgeKind.POST ? [[]] : [[], []]);
    const side = kind === NetworkEdgeKind.POST || membership.organization.id !== b ? 0 : 1;
    ties.get(tie)![side].push(membership);
  }
  return keys.map((key) => [...byKey.get(key)!.values()]);
});

/** The posts an edge is made of (null for kinds not made of posts), batched with every edge of the answer. */
export function postsOfEdge(ctx: Context, edge: Pick<NetworkEdge, 'source' | 'target' | 'kind'>): Promise<EdgeTies> | null {
  const key = tieKey(edge);
  return key ? ctx.loaders.use(edgePosts).load(key) : null;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { NetworkEdgeKind } from './network.types.js';

/** A node of the network: `O:<uuid>` for an organization, `P:<uuid>` for a person. */
export type NodeKey = string;

export interface EdgeRow {
  source: NodeKey;
  target: NodeKey;
  kind: NetworkEdgeKind;
  /** How many links of the kind join the two (shared people, events, partnerships). */
  weight: number;
  /** Up to five of them: `Partnership:<uuid>`, `Person:<uuid>`, `Event:<uuid>`, `Membership:<uuid>` ('' for a parent link). */
  vias: string[];
  /**
   * Which way the edge reads: true when the source is the member (MEMBER_OF), the branch (PARENT) or the
   * person holding the post (POST), false when it is the union, the parent or the organization. Always
   * true for the kinds that read the same both ways.
   */
  upward: boolean;
}

export interface ExpandOptions {
  kinds: ReadonlySet<NetworkEdgeKind>;
  includeLapsed: boolean;
}

const ids = (keys: NodeKey[], prefix: 'O' | 'P') => keys.filter((k) => k.startsWith(`${prefix}:`)).map((k) => k.slice(2)).join(',');

/**
 * Every edge leaving the frontier, in one statement: each edge kind is a branch of a UNION ALL that
 * reads indexed foreign keys for the frontier's ids only (the graph is never loaded whole).
 */
export async function expand(em: EntityManager, frontier: NodeKey[], options: ExpandOptions): Promise<EdgeRow[]> {
  const orgs = ids(frontier, 'O');
  const persons = ids(frontier, 'P');
  const statuses = options.includeLapsed ? 'PROSPECT,ACTIVE,LAPSED' : 'PROSPECT,ACTIVE';
  const branches: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    branches.push(sql);
    params.push(...values);
  };
  const ORGS = `any(string_to_array(?, ',')::uuid[])`;
  const STATUS = `p.status::text = any(string_to_array(?, ','))`;
  const has = (kind: NetworkEdgeKind) => options.kinds.has(kind);
  if (orgs && has(NetworkEdgeKind.PARTNERSHIP)) {
    add(`select 'O:' || p.organization_id, 'O:' || p.partner_organization_id, 'PARTNERSHIP', 'Partnership:' || p.id, true from partnership p where p.organization_id = ${ORGS} and p.partner_organization_id is not null and ${STATUS}`, orgs, statuses);
    add(`select 'O:' || p.partner_organization_id, 'O:' || p.organization_id, 'PARTNERSHIP', 'Partnership:' || p.id, true from partnership p where p.partner_organization_id = ${ORGS} and ${STATUS}`, orgs, statuses);
    add(`select 'O:' || p.organization_id, 'P:' || p.partner_person_id, 'PARTNERSHIP', 'Partnership:' || p.id, true from partnership p where p.organization_id = ${ORGS} and p.partner_person_id is not null and ${STATUS}`, orgs, statuses);
  }
  if (persons) {
    // A person always leads into the organizations they partner with or hold posts in.
    add(`select 'P:' || p.partner_person_id, 'O:' || p.organization_id, 'PARTNERSHIP', 'Partnership:' || p.id, true from partnership p where p.partner_person_id = ${ORGS} and ${STATUS}`, persons, statuses);
    add(`select 'P:' || m.person_id, 'O:' || m.organization_id, 'POST', 'Membership:' || m.id, true from membership m where m.person_id = ${ORGS}`, persons);
  }
  if (orgs && has(NetworkEdgeKind.POST)) {
    add(`select 'O:' || m.organization_id, 'P:' || m.person_id, 'POST', 'Membership:' || m.id, false from membership m where m.organization_id = ${ORGS}`, orgs);
  }
  if (orgs && has(NetworkEdgeKind.SHARED_PERSON)) {
    add(`select distinct 'O:' || m1.organization_id, 'O:' || m2.organization_id, 'SHARED_PERSON', 'Person:' || m1.person_id, true
         from membership m1 join membership m2 on m2.person_id = m1.person_id and m2.organization_id <> m1.organization_id
         where m1.organization_id = ${ORGS}`, orgs);
  }
  if (orgs && has(NetworkEdgeKind.SHARED_EVENT)) {
    add(`select distinct 'O:' || a.organization_id, 'O:' || b.organization_id, 'SHARED_EVENT', 'Event:' || a.event_id, true
         from event_organizer a join event_organizer b on b.event_id = a.event_id and b.organization_id <> a.organization_id
         where a.organization_id = ${ORGS}`, orgs);
  }
  if (orgs && has(NetworkEdgeKind.MEMBER_OF)) {
    add(`select 'O:' || o.id, 'O:' || o.member_of_id, 'MEMBER_OF', '', true from organization o where o.id = ${ORGS} and o.member_of_id is not null`, orgs);
    add(`select 'O:' || o.member_of_id, 'O:' || o.id, 'MEMBER_OF', '', false from organization o where o.member_of_id = ${ORGS}`, orgs);
  }
  if (orgs && has(NetworkEdgeKind.PARENT)) {
    add(`select 'O:' || o.id, 'O:' || o.parent_id, 'PARENT', '', true from organization o where o.id = ${ORGS} and o.parent_id is not null`, orgs);
    add(`select 'O:' || o.parent_id, 'O:' || o.id, 'PARENT', '', false from organization o where o.parent_id = ${ORGS}`, orgs);
  }
  if (!branches.length) return [];
  // One row per connected pair and kind: the database counts the links, the server never sees them all.
  const rows = await em.execute<EdgeRow[]>(
    `select source, target, kind, count(*)::int as weight, (array_agg(via order by via))[1:5] as vias, bool_and(upward) as upward
     from (${branches.map((b) => `(${b})`).join(' union all ')}) as e(source, target, kind, via, upward)
     group by source, target, kind`,
    params,
  );
  return rows;
}

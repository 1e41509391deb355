import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Params } from '../../db/read-sql.js';
import { pageRequest, type ConnectionArgs, ConnectionType, notPaged } from '../../relay/connection.js';
import { groupedPages, groupedRowPages, ROOT, type Page } from '../../relay/grouped-page.js';
import { Organization } from '../organization/organization.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Person } from '../person/person.entity.js';

@ObjectType({ description: 'A partner two organizations share, with each one’s partnership.' })
export class SharedPartner {
  @Field(() => Organization, { nullable: true, description: 'The partner, when it is an organization.' })
  organization!: Organization | null | Promise<Organization | null>;

  @Field(() => Person, { nullable: true, description: 'The partner, when it is a person.' })
  person!: Person | null | Promise<Person | null>;

  @Field(() => Partnership, { description: 'The partnership of the organization asked about (`of`) with it.' })
  partnership!: Partnership | Promise<Partnership | null>;

  @Field(() => Partnership, { description: 'The partnership of the other organization (`comparedWith`) with it.' })
  comparedWithPartnership!: Partnership | Promise<Partnership | null>;

  @Field(() => Partnership, { description: 'The partnership of the organization asked about with the partner: the old name of `partnership`.', deprecationReason: 'Use `partnership`: `first` is the page size everywhere else.' })
  get first(): Partnership | Promise<Partnership | null> {
    return this.partnership;
  }

  @Field(() => Partnership, { description: 'The partnership of the other organization with the partner: the old name of `comparedWithPartnership`.', deprecationReason: 'Use `comparedWithPartnership`.' })
  get second(): Partnership | Promise<Partnership | null> {
    return this.comparedWithPartnership;
  }
}

export const SharedPartnerConnection = ConnectionType<SharedPartner>('SharedPartner', () => SharedPartner);
export type SharedPartnerConnection = InstanceType<typeof SharedPartnerConnection>;

@ObjectType({ description: 'A partner suggested to an organization, with why.' })
export class PartnerSuggestion {
  @Field(() => Organization, { description: 'The organization suggested as a partner.' })
  partner!: Organization | Promise<Organization | null>;

  @Field(() => Float, { description: 'Higher is a stronger suggestion: the sum of the similarity of the peers that partner with it.' })
  score!: number;

  @Field(() => [String], { description: `Why: which similar organizations work with this partner, and how they are similar. ${notPaged('at most the three strongest reasons')}` })
  reasons!: string[];
}

export const PartnerSuggestionConnection = ConnectionType<PartnerSuggestion>('PartnerSuggestion', () => PartnerSuggestion);
export type PartnerSuggestionConnection = InstanceType<typeof PartnerSuggestionConnection>;

@ObjectType({ description: 'A count of things sharing a key.' })
export class CountByKey {
  @Field({ description: 'What is counted (a partner kind, a sector key, a year).' })
  key!: string;

  @Field(() => Int, { description: 'How many there are.' })
  count!: number;
}

@ObjectType({ description: 'An organization’s place in the network.' })
export class NetworkSummary {
  @Field(() => Int, { description: 'Distinct partners (organizations and persons) in prospect or active partnerships, either direction.' })
  degree!: number;

  @Field(() => [CountByKey], { description: `Active partnerships by the partner’s kind (BUSINESS, FOREIGN_NGO, PERSON, ...). ${notPaged('one row per kind of partner (an OrganizationKind, or PERSON)')}` })
  activeByPartnerKind!: CountByKey[];

  @Field(() => [CountByKey], { description: `Active partnerships by sector key. ${notPaged('one row per sector of the reference list')}` })
  activeBySector!: CountByKey[];
}

@ObjectType({ description: 'Union-wide count of partnerships started in a year with a kind of partner.' })
export class PartnershipYearCount {
  @Field(() => Int, { nullable: true, description: 'Year the partnership started; null when unknown.' })
  year!: number | null;

  @Field({ description: 'The partner’s kind (an OrganizationKind, or PERSON).' })
  partnerKind!: string;

  @Field(() => Int, { description: 'Partnerships started that year with that kind of partner, whatever their status.' })
  count!: number;
}

const STATUSES = `p.status in ('PROSPECT', 'ACTIVE')`;

interface SharedPartnerRow {
  org: string | null;
  person: string | null;
  partnership: string;
  other: string;
}

/**
 * Partners (prospect or active) that `a` and `b` both have, latest partnership of `a` first (one of unknown
 * start last), each pair of partnerships once.
 */
export function sharedPartners(ctx: Context, a: string, b: string, args: ConnectionArgs): Promise<Page<SharedPartner>> {
  return groupedRowPages(ctx.loaders, {
    name: `shared-partners:${a}:${b}`,
    rows: (params) => `select pa.id || ':' || pb.id as __id, pa.partner_organization_id as org, pa.partner_person_id as person, pa.id as partnership, pb.id as other,
         coalesce(pa.since_start, '0001-01-01'::date) as since
       from partnership pa join partnership pb
         on (pa.partner_organization_id = pb.partner_organization_id or pa.partner_person_id = pb.partner_person_id)
       where pa.organization_id = ${params.add(a)} and pb.organization_id = ${params.add(b)} and ${STATUSES.replace(/p\./g, 'pa.')} and ${STATUSES.replace(/p\./g, 'pb.')}`,
    parent: false,
    sort: [{ sql: 'r.since', direction: 'desc' }, { sql: 'r.partnership', direction: 'asc' }],
    page: pageRequest(args),
    read: (row) => {
      const r = row as unknown as SharedPartnerRow;
      return withLazyFields(new SharedPartner(), {
        organization: () => (r.org ? ctx.loaders.byId(Organization).load(r.org) : null),
        person: () => (r.person ? ctx.loaders.byId(Person).load(r.person) : null),
        partnership: () => ctx.loaders.byId(Partnership).load(r.partnership),
        comparedWithPartnership: () => ctx.loaders.byId(Partnership).load(r.other),
      });
    },
  }).load(ROOT);
}

@ObjectType({ description: 'A partner (organization or person) one organization has and another lacks, with the partnership it has.' })
export class MissingPartner {
  @Field(() => Organization, { nullable: true, description: 'The partner, when it is an organization.' })
  organization!: Organization | null | Promise<Organization | null>;

  @Field(() => Person, { nullable: true, description: 'The partner, when it is a person.' })
  person!: Person | null | Promise<Person | null>;

  @Field(() => Partnership, { description: 'The partnership the other organization has with it.' })
  partnership!: Partnership | Promise<Partnership | null>;
}

export const MissingPartnerConnection = ConnectionType<MissingPartner>('MissingPartner', () => MissingPartner);
export type MissingPartnerConnection = InstanceType<typeof MissingPartnerConnection>;

/** Partners (prospect or active) that `other` has and `of` has in no prospect or active partnership, latest partnership first (one of unknown start last). */
export async function missingPartners(ctx: Context, of: string, other: string, args: ConnectionArgs): Promise<Page<MissingPartner>> {
  const page = await groupedPages(ctx.loaders, {
    name: 'partnerships:missing',
    entity: Partnership,
    parent: null,
    conditions: [
      { sql: `t.organization_id = ? and ${STATUSES.replace(/p\./g, 't.')} and coalesce(t.partner_organization_id, t.partner_person_id) is not null`, params: [other] },
      { sql: `coalesce(t.partner_organization_id, '00000000-0000-0000-0000-000000000000') <> ?`, params: [of] },
      {
        sql: `not exists (select 1 from partnership q where q.organization_id = ? and q.status in ('PROSPECT', 'ACTIVE')
                and (q.partner_organization_id = t.partner_organization_id or q.partner_person_id = t.partner_person_id))`,
        params: [of],
      },
    ],
    sort: { sql: `coalesce(t.since_start, '0001-01-01'::date)`, direction: 'desc' },
    page: pageRequest(args),
  }).load(ROOT);
  const edges = page.edges.map(({ cursor, node: partnership }) => ({
    cursor,
    node: withLazyFields(Object.assign(new MissingPartner(), { partnership }), {
      organization: () => ctx.loaders.ref(Organization, partnership.partnerOrganization),
      person: () => ctx.loaders.ref(Person, partnership.partnerPerson),
    }),
  }));
  return { ...page, edges };
}

/**
 * Partners of similar organizations that this one does not have yet, for every organization of a batch in
 * one statement. A peer is similar when it shares partners (4 points each: the strongest sign that its
 * other partners suit this one too), people (3 each), sectors of work (2 each), counterpart countries
 * (1 each) or the province (1). A candidate partner scores the sum over the peers
 * that partner with it; each peer gives a reason. Best first (then by partner), ranked per organization by
 * groupedRowPages.
 */
// A list of ids, not an array parameter: the planner then knows how many organizations it scores for (with
// `= any($1)` it guessed ten, and a batch of 200 took a second longer).
const suggestionsSql = (params: Params, ids: readonly string[]) =>
  `with me as (select id as me, province_id from organization where id in (${ids.map((id) => params.add(id)).join(', ')})),
     my_people as (select distinct me.me, m.person_id from me join membership m on m.organization_id = me.me),
     my_sectors as (select distinct me.me, ps.sector_id from me join partnership p on p.organization_id = me.me join partnership_sector ps on ps.partnership_id = p.id),
     my_countries as (select me.me, oc.country_id from me join organization_country oc on oc.organization_id = me.me),
     mine as (select me.me, p.partner_organization_id as id from me join partnership p on p.organization_id = me.me where p.partner_organization_id is not null),
     my_partners as (
       select distinct me.me, coalesce('O' || p.partner_organization_id::text, 'P' || p.partner_person_id::text) as partner
       from me join partnership p on p.organization_id = me.me where ${STATUSES}
     ),
     peer_partners as (
       select mp.me, p.organization_id as peer, count(distinct mp.partner) as n
       from my_partners mp join partnership p on coalesce('O' || p.partner_organization_id::text, 'P' || p.partner_person_id::text) = mp.partner and ${STATUSES}
       group by 1, 2
     ),
     peer_people as (select mp.me, m.organization_id as peer, count(distinct m.person_id) as n from my_people mp join membership m on m.person_id = mp.person_id group by 1, 2),
     peer_sectors as (select s.me, p.organization_id as peer, count(distinct ps.sector_id) as n from my_sectors s join partnership_sector ps on ps.sector_id = s.sector_id join partnership p on p.id = ps.partnership_id group by 1, 2),
     peer_countries as (select c.me, oc.organization_id as peer, count(*) as n from my_countries c join organization_country oc on oc.country_id = c.country_id group by 1, 2),
     peer_provinces as (select me.me, o.id as peer from me join organization o on o.province_id = me.province_id),
     candidates as (
       select me, peer from peer_partners union select me, peer from peer_people union select me, peer from peer_sectors
       union select me, peer from peer_countries union select me, peer from peer_provinces
     ),
     peers as (
       select c.me, c.peer, o.name, coalesce(pr.n, 0) as partners,
         coalesce(pp.n, 0) as people, coalesce(ps.n, 0) as sectors, coalesce(pc.n, 0) as countries,
         (pv.peer is not null)::int as same_province
       from candidates c join organization o on o.id = c.peer
       left join peer_partners pr on pr.me = c.me and pr.peer = c.peer
       left join peer_people pp on pp.me = c.me and pp.peer = c.peer
       left join peer_sectors ps on ps.me = c.me and ps.peer = c.peer
       left join peer_countries pc on pc.me = c.me and pc.peer = c.peer
       left join peer_provinces pv on pv.me = c.me and pv.peer = c.peer
       where c.peer <> c.me
     ),
     scored as (
       select me, peer, name, partners * 4 + people * 3 + sectors * 2 + countries + same_province as weight,
         concat_ws(', ', case when partners > 0 then 'shares ' || partners || case when partners = 1 then ' partner' else ' partners' end || ' with you' end,
                   case when people > 0 then people || ' shared people' end, case when sectors > 0 then sectors || ' shared sectors' end,
                   case when countries > 0 then 'same counterpart country' end, case when same_province = 1 then 'same province' end) as why
       from peers
     ),
     suggested as (
       select s.me, p.partner_organization_id as partner, sum(s.weight)::float as score,
         (array_agg(s.name || ' works with it (' || s.why || ')' order by s.weight desc))[1:3] as reasons
       from scored s join partnership p on p.organization_id = s.peer and p.partner_organization_id is not null and ${STATUSES}
       where p.partner_organization_id <> s.me and not exists (select 1 from mine where mine.me = s.me and mine.id = p.partner_organization_id)
       group by s.me, p.partner_organization_id
     )
     select me as __parent, partner::text as __id, partner, score, reasons from suggested`;

/** Suggestions are listed 10 a page unless asked otherwise (their `first` was a plain limit of 10). */
export const SUGGESTION_PAGE = 10;

/** The suggestions of many organizations, one page each, in one statement. */
export function suggestionPages(ctx: Context, args: ConnectionArgs) {
  return groupedRowPages(ctx.loaders, {
    name: 'partner-suggestions',
    rows: suggestionsSql,
    parent: true,
    sort: [{ sql: 'r.score', direction: 'desc', numeric: true }, { sql: 'r.partner', direction: 'asc' }],
    page: pageRequest(args, SUGGESTION_PAGE),
    read: (r) =>
      withLazyFields(Object.assign(new PartnerSuggestion(), { score: Number(r.score), reasons: r.reasons as string[] }), { partner: () => ctx.loaders.byId(Organization).load(String(r.partner)) }),
  });
}

/** Summaries of many organizations: three grouped statements, whatever their number. */
export const networkSummaries = defineLoader<string, NetworkSummary>(async (em, ids) => {
  const list = ids.map(() => '?').join(', ');
  const degrees = await em.execute<{ org: string; n: number }[]>(
    `select p.organization_id as org, count(distinct coalesce(p.partner_organization_id::text, 'P' || p.partner_person_id::text))::int as n
     from partnership p where p.organization_id in (${list}) and ${STATUSES} group by 1`,
    [...ids],
  );
  const byKind = await em.execute<{ org: string; key: string; count: number }[]>(
    `select p.organization_id as org, coalesce(o.kind::text, 'PERSON') as key, count(*)::int as count
     from partnership p left join organization o on o.id = p.partner_organization_id
     where p.organization_id in (${list}) and p.status = 'ACTIVE' group by 1, 2 order by 3 desc, 2`,
    [...ids],
  );
  const bySector = await em.execute<{ org: string; key: string; count: number }[]>(
    `select p.organization_id as org, s.key, count(*)::int as count
     from partnership p join partnership_sector ps on ps.partnership_id = p.id join sector s on s.id = ps.sector_id
     where p.organization_id in (${list}) and p.status = 'ACTIVE' group by 1, 2 order by 3 desc, 2`,
    [...ids],
  );
  const counts = (rows: { key: string; count: number }[]) => rows.map(({ key, count }) => Object.assign(new CountByKey(), { key, count }));
  const degreeOf = new Map(degrees.map((d) => [d.org, d.n]));
  const kinds = grouped(ids, byKind, (r) => r.org);
  const sectors = grouped(ids, bySector, (r) => r.org);
  return ids.map((id, i) => Object.assign(new NetworkSummary(), { degree: degreeOf.get(id) ?? 0, activeByPartnerKind: counts(kinds[i]), activeBySector: counts(sectors[i]) }));
});

export async function partnershipYearCounts(ctx: Context, includeSynthetic: boolean): Promise<PartnershipYearCount[]> {
  const rows = await ctx.em.execute<{ year: number | null; kind: string; count: number }[]>(
    `select extract(year from p.since_start)::int as year, coalesce(o.kind::text, 'PERSON') as kind, count(*)::int as count
     from partnership p left join organization o on o.id = p.partner_organization_id
     where (? or not p.synthetic) group by 1, 2 order by 1 desc nulls last, 2`,
    [includeSynthetic],
  );
  return rows.map((r) => Object.assign(new PartnershipYearCount(), { year: r.year, partnerKind: r.kind, count: r.count }));
}

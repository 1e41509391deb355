import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import { Organization } from '../organization/organization.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Person } from '../person/person.entity.js';

@ObjectType({ description: 'A partner two organizations share, with each one’s partnership.' })
export class SharedPartner {
  @Field(() => Organization, { nullable: true })
  organization!: Organization | null | Promise<Organization | null>;

  @Field(() => Person, { nullable: true })
  person!: Person | null | Promise<Person | null>;

  @Field(() => Partnership)
  first!: Partnership | Promise<Partnership | null>;

  @Field(() => Partnership)
  second!: Partnership | Promise<Partnership | null>;
}

@ObjectType({ description: 'A partner suggested to an organization, with why.' })
export class PartnerSuggestion {
  @Field(() => Organization)
  partner!: Organization | Promise<Organization | null>;

  @Field(() => Float, { description: 'Higher is a stronger suggestion: the sum of the similarity of the peers that partner with it.' })
  score!: number;

  @Field(() => [String], { description: 'Why: which similar organizations work with this partner, and how they are similar.' })
  reasons!: string[];
}

@ObjectType()
export class CountByKey {
  @Field({ description: 'What is counted (a partner kind, a sector key, a year).' })
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'An organization’s place in the network.' })
export class NetworkSummary {
  @Field(() => Int, { description: 'Distinct partners (organizations and persons) in prospect or active partnerships, either direction.' })
  degree!: number;

  @Field(() => [CountByKey], { description: 'Active partnerships by the partner’s kind (BUSINESS, FOREIGN_NGO, PERSON, ...).' })
  activeByPartnerKind!: CountByKey[];

  @Field(() => [CountByKey], { description: 'Active partnerships by sector key.' })
  activeBySector!: CountByKey[];
}

@ObjectType({ description: 'Union-wide count of partnerships started in a year with a kind of partner.' })
export class PartnershipYearCount {
  @Field(() => Int, { nullable: true, description: 'Year the partnership started; null when unknown.' })
  year!: number | null;

  @Field({ description: 'The partner’s kind (an OrganizationKind, or PERSON).' })
  partnerKind!: string;

  @Field(() => Int)
  count!: number;
}

const STATUSES = `p.status in ('PROSPECT', 'ACTIVE')`;

export async function sharedPartners(ctx: Context, a: string, b: string): Promise<SharedPartner[]> {
  const rows = await ctx.em.execute<{ org: string | null; person: string | null; first: string; second: string }[]>(
    `select pa.partner_organization_id as org, pa.partner_person_id as person, pa.id as first, pb.id as second
     from partnership pa join partnership pb
       on (pa.partner_organization_id = pb.partner_organization_id or pa.partner_person_id = pb.partner_person_id)
     where pa.organization_id = ? and pb.organization_id = ? and ${STATUSES.replace(/p\./g, 'pa.')} and ${STATUSES.replace(/p\./g, 'pb.')}
     order by pa.since_start desc nulls last, pa.id`,
    [a, b],
  );
  return rows.map((r) => withLazyFields(new SharedPartner(), {
    organization: () => (r.org ? ctx.loaders.byId(Organization).load(r.org) : null),
    person: () => (r.person ? ctx.loaders.byId(Person).load(r.person) : null),
    first: () => ctx.loaders.byId(Partnership).load(r.first),
    second: () => ctx.loaders.byId(Partnership).load(r.second),
  }));
}

/**
 * Partners of similar organizations that this one does not have yet. A peer is similar when it shares
 * people (3 points each), sectors of work (2 each), counterpart countries (1 each) or the province (1).
 * A candidate partner scores the sum over the peers that partner with it; each peer gives a reason.
 */
export async function suggestPartners(ctx: Context, organizationId: string, limit: number): Promise<PartnerSuggestion[]> {
  const rows = await ctx.em.execute<{ partner: string; score: number; reasons: string[] }[]>(
    `with me as (select id, province_id from organization where id = ?),
     my_people as (select distinct person_id from membership where organization_id = (select id from me)),
     my_sectors as (select distinct ps.sector_id from partnership p join partnership_sector ps on ps.partnership_id = p.id where p.organization_id = (select id from me)),
     my_countries as (select country_id from organization_country where organization_id = (select id from me)),
     mine as (select partner_organization_id as id from partnership where organization_id = (select id from me) and partner_organization_id is not null),
     peer_people as (select m.organization_id as peer, count(distinct m.person_id) as n from membership m join my_people mp on mp.person_id = m.person_id group by 1),
     peer_sectors as (select p.organization_id as peer, count(distinct ps.sector_id) as n from partnership p join partnership_sector ps on ps.partnership_id = p.id join my_sectors s on s.sector_id = ps.sector_id group by 1),
     peer_countries as (select oc.organization_id as peer, count(*) as n from organization_country oc join my_countries c on c.country_id = oc.country_id group by 1),
     peers as (
       select o.id as peer, o.name,
         coalesce(pp.n, 0) as people, coalesce(ps.n, 0) as sectors, coalesce(pc.n, 0) as countries,
         (o.province_id is not null and o.province_id = (select province_id from me))::int as same_province
       from organization o
       left join peer_people pp on pp.peer = o.id left join peer_sectors ps on ps.peer = o.id left join peer_countries pc on pc.peer = o.id
       where o.id <> (select id from me) and (pp.n is not null or ps.n is not null or pc.n is not null
         or (o.province_id is not null and o.province_id = (select province_id from me)))
     ),
     scored as (
       select peer, name, people * 3 + sectors * 2 + countries + same_province as weight,
         concat_ws(', ', case when people > 0 then people || ' shared people' end, case when sectors > 0 then sectors || ' shared sectors' end,
                   case when countries > 0 then 'same counterpart country' end, case when same_province = 1 then 'same province' end) as why
       from peers
     )
     select p.partner_organization_id as partner, sum(s.weight)::float as score,
       (array_agg(s.name || ' works with it (' || s.why || ')' order by s.weight desc))[1:3] as reasons
     from scored s join partnership p on p.organization_id = s.peer and p.partner_organization_id is not null and ${STATUSES}
     where p.partner_organization_id <> (select id from me) and p.partner_organization_id not in (select id from mine)
     group by p.partner_organization_id
     order by score desc, p.partner_organization_id
     limit ?`,
    [organizationId, limit],
  );
  return rows.map((r) => withLazyFields(Object.assign(new PartnerSuggestion(), { score: r.score, reasons: r.reasons }), { partner: () => ctx.loaders.byId(Organization).load(r.partner) }));
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

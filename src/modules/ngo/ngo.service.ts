import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { addDays, daysAhead } from '../../relay/temporal.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedPages, groupedRowPages, ROOT, type Page } from '../../relay/grouped-page.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { currentProvinceSql } from '../province/geography.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { AidRecord } from './aid-record.entity.js';
import { InterventionArea } from './intervention-area.entity.js';
import { needsRemapSql } from './province-remap.js';
import { AidGrouping, AidTotal, ForeignNgoOverview, NgoCount, OutOfAreaActivity, OutOfAreaKind, RegistrationAlert } from './ngo.types.js';
import { Registration } from './registration.entity.js';

const toTotal = (r: { key: string | number | null; label: string | null; amount: string | number; records: number; ngos: number }) =>
  Object.assign(new AidTotal(), { key: String(r.key ?? 'unknown'), label: r.label ?? 'unknown', amountUsd: Number(r.amount), records: r.records, ngos: r.ngos });

/** Aid summed in SQL, grouped as asked; provinces are counted in the geography of `date`. */
export async function aidTotals(em: EntityManager, by: AidGrouping, date: string, fromYear: number | null, toYear: number | null, includeSynthetic: boolean): Promise<AidTotal[]> {
  const groups: Record<AidGrouping, { key: string; label: string; join: string }> = {
    YEAR: { key: 'a.year::text', label: 'a.year::text', join: '' },
    SECTOR: { key: 's.key', label: 's.name_en', join: 'left join sector s on s.id = a.sector_id' },
    PROVINCE: { key: 'cp.key', label: 'cp.name_vi', join: `left join province p on p.id = a.province_id left join province cp on cp.id = ${currentProvinceSql('p')}` },
    COUNTRY: { key: 'c.code', label: 'c.name_en', join: 'left join organization_country oc on oc.organization_id = a.organization_id left join country c on c.id = oc.country_id' },
  };
  const g = groups[by];
  const rows = await em.execute<{ key: string; label: string; amount: string; records: number; ngos: number }[]>(
    `select ${g.key} as key, ${g.label} as label, sum(a.amount_usd) as amount, count(*)::int as records, count(distinct a.organization_id)::int as ngos
     from aid_record a ${g.join}
     where (?::int is null or a.year >= ?::int) and (?::int is null or a.year <= ?::int) and (? or not a.synthetic)
     group by 1, 2 order by ${by === AidGrouping.YEAR ? '1 asc' : '3 desc, 1'}`,
    [...(by === AidGrouping.PROVINCE ? [date] : []), fromYear, fromYear, toYear, toYear, includeSynthetic],
  );
  return rows.map(toTotal);
}

export async function ngoCounts(em: EntityManager, by: 'COUNTRY' | 'SECTOR', includeSynthetic: boolean): Promise<NgoCount[]> {
  const sql =
    by === 'COUNTRY'
      ? `select coalesce(c.code, 'unknown') as key, coalesce(c.name_en, 'unknown') as label, count(distinct o.id)::int as ngos
         from organization o left join organization_country oc on oc.organization_id = o.id left join country c on c.id = oc.country_id
         where o.kind = 'FOREIGN_NGO' and (? or not o.synthetic) group by 1, 2 order by 3 desc, 1`
      : `select s.key, s.name_en as label, count(distinct o.id)::int as ngos
         from organization o join intervention_area ia on ia.organization_id = o.id join sector s on s.id = ia.sector_id
         where o.kind = 'FOREIGN_NGO' and (? or not o.synthetic) group by 1, 2 order by 3 desc, 1`;
  const rows = await em.execute<{ key: string; label: string; ngos: number }[]>(sql, [includeSynthetic]);
  return rows.map((r) => Object.assign(new NgoCount(), r));
}

/** The reported figures about foreign NGOs and their aid: metrics containing one of these. */
export const NGO_METRICS = ['FNGO', 'AID', 'NGO'];

export async function overview(em: EntityManager, includeSynthetic: boolean): Promise<ForeignNgoOverview> {
  const [counts] = await em.execute<{ ngos: number; countries: number }[]>(
    `select count(distinct o.id)::int as ngos, count(distinct oc.country_id)::int as countries
     from organization o left join organization_country oc on oc.organization_id = o.id
     where o.kind = 'FOREIGN_NGO' and (? or not o.synthetic)`,
    [includeSynthetic],
  );
  return Object.assign(new ForeignNgoOverview(), {
    ngoCount: counts.ngos,
    countryCount: counts.countries,
    aidByYear: await aidTotals(em, AidGrouping.YEAR, '9999-12-31', null, null, includeSynthetic),
  });
}

/** An NGO's registrations, interventions areas and aid records: one page of each per NGO, in one statement per level. */
export function registrationPages(ctx: Context, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, { name: 'registrations:ngo', entity: Registration, parent: 't.organization_id', sort: { sql: 't.expires_on', direction: 'desc' }, page: pageRequest(args) });
}

export function interventionAreaPages(ctx: Context, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, {
    name: 'intervention-areas:ngo',
    entity: InterventionArea,
    parent: 't.organization_id',
    join: (qb) => qb.join('t.province', 'p'),
    sort: { sql: 'p.name_sort', direction: 'asc' },
    page: pageRequest(args),
  });
}

export function aidRecordPages(ctx: Context, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, { name: 'aid:ngo', entity: AidRecord, parent: 't.organization_id', sort: { sql: 't.year', direction: 'desc', numeric: true }, page: pageRequest(args) });
}

/** Intervention areas still on provinces abolished by `date` (see needsRemapSql), by NGO. */
export function areasOnAbolishedPages(ctx: Context, date: string, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, {
    name: 'intervention-areas:abolished',
    entity: InterventionArea,
    parent: null,
    conditions: [{ sql: needsRemapSql('t.province_id'), params: [date] }],
    sort: { sql: 't.organization_id', direction: 'asc' },
    page: pageRequest(args),
  }).load(ROOT);
}

/** Registrations that have expired or expire within `withinDays` of `date`, soonest first; none withdrawn by `date` (it no longer stands). */
export async function registrationAlerts(ctx: Context, date: string, withinDays: number, includeExpired: boolean, args: ConnectionArgs): Promise<Page<RegistrationAlert>> {
  const until = addDays(date, daysAhead(withinDays));
  const page = await groupedPages(ctx.loaders, {
    name: 'registrations:alerts',
    entity: Registration,
    parent: null,
    conditions: [
      includeExpired ? { sql: 't.expires_on <= ?::date', params: [until] } : { sql: 't.expires_on between ?::date and ?::date', params: [date, until] },
      { sql: '(t.withdrawn_on is null or t.withdrawn_on > ?::date)', params: [date] },
      // Only an NGO's latest registration of each type counts: a renewed one is not "expired".
      { sql: 'not exists (select 1 from registration r where r.organization_id = t.organization_id and r.type = t.type and (r.expires_on > t.expires_on or (r.expires_on = t.expires_on and r.id < t.id)))', params: [] },
    ],
    sort: { sql: 't.expires_on', direction: 'asc' },
    page: pageRequest(args),
  }).load(ROOT);
  const edges = page.edges.map(({ cursor, node: registration }) => {
    const alert = Object.assign(new RegistrationAlert(), { registration, daysLeft: Math.round((Date.parse(registration.expiresOn) - Date.parse(date)) / 86_400_000) });
    return { cursor, node: withLazyFields(alert, { organization: () => ctx.loaders.byId(Organization).load(registration.organization.id) }) };
  });
  return { ...page, edges };
}

interface OutOfAreaRow {
  org: string;
  kind: OutOfAreaKind;
  record: string;
  province: string | null;
  sector: string | null;
  reason: string;
}

/** Aid records and organised events in provinces (or province + sector) the NGO is not registered for, by NGO, kind and record. */
export function outOfArea(ctx: Context, date: string, organizationId: string | null, args: ConnectionArgs): Promise<Page<OutOfAreaActivity>> {
  return groupedRowPages(ctx.loaders, {
    name: `out-of-area:${date}:${organizationId ?? ''}`,
    rows: (params) => {
      const day = params.add(date);
      const organization = organizationId ? params.add(organizationId) : null;
      const scope = () => (organization ? `and o.id = ${organization}` : '');
      const current = (alias: string) => currentProvinceSql(alias).replace(/\?/g, () => day);
      const registered = `select ia.organization_id, ${current('ip')} as province_id, ia.sector_id
        from intervention_area ia join province ip on ip.id = ia.province_id`;
      return `with registered as (${registered})
       select o.id || ':AID_RECORD:' || a.id as __id, o.id as org, 'AID_RECORD' as kind, a.id as record, a.province_id as province, a.sector_id as sector,
         case when not exists (select 1 from registered r where r.organization_id = o.id and r.province_id = ${current('p')}) then 'PROVINCE' else 'SECTOR' end as reason
       from aid_record a join organization o on o.id = a.organization_id join province p on p.id = a.province_id
       where o.kind = 'FOREIGN_NGO' ${scope()}
         and exists (select 1 from intervention_area x where x.organization_id = o.id)
         and not exists (select 1 from registered r where r.organization_id = o.id and r.province_id = ${current('p')}
                         and (a.sector_id is null or r.sector_id is null or r.sector_id = a.sector_id))
       union all
       select o.id || ':EVENT:' || e.id, o.id, 'EVENT', e.id, e.province_id, null, 'PROVINCE'
       from event e join event_organizer eo on eo.event_id = e.id join organization o on o.id = eo.organization_id join province p on p.id = e.province_id
       where o.kind = 'FOREIGN_NGO' ${scope()}
         and exists (select 1 from intervention_area x where x.organization_id = o.id)
         and not exists (select 1 from registered r where r.organization_id = o.id and r.province_id = ${current('p')})`;
    },
    parent: false,
    sort: [
      { sql: 'r.org', direction: 'asc' },
      { sql: 'r.kind', direction: 'asc' },
      { sql: 'r.record', direction: 'asc' },
    ],
    page: pageRequest(args),
    read: (row) => {
      const r = row as unknown as OutOfAreaRow;
      const activity = Object.assign(new OutOfAreaActivity(), { kind: r.kind, recordId: toGlobalId(r.kind === OutOfAreaKind.EVENT ? 'Event' : 'AidRecord', r.record), reason: r.reason });
      return withLazyFields(activity, {
        organization: () => ctx.loaders.byId(Organization).load(r.org),
        province: () => (r.province ? ctx.loaders.byId(Province).load(r.province) : null),
        sector: () => (r.sector ? ctx.loaders.byId(Sector).load(r.sector) : null),
      });
    },
  }).load(ROOT);
}

export const FOREIGN_NGO = OrganizationKind.FOREIGN_NGO;

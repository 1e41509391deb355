import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { addDays, daysAhead } from '../../relay/temporal.js';
import { toGlobalId } from '../../relay/global-id.js';
import type { AuditRecorder } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { currentProvinceSql } from '../province/geography.js';
import { Province } from '../province/province.entity.js';
import { ReportedFigure } from '../reported-figure/reported-figure.entity.js';
import { inDateOrder } from '../reported-figure/reported-figure.order.js';
import { Sector } from '../sector/sector.entity.js';
import { AreaRemap } from './area-remap.entity.js';
import { InterventionArea } from './intervention-area.entity.js';
import { AidGrouping, AidTotal, AreaChange, ForeignNgoOverview, NgoCount, OutOfAreaActivity, OutOfAreaKind, RegistrationAlert, RemapResult } from './ngo.types.js';
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

const NGO_METRICS = ['FNGO', 'AID', 'NGO'];

export async function overview(em: EntityManager, includeSynthetic: boolean): Promise<ForeignNgoOverview> {
  const [counts] = await em.execute<{ ngos: number; countries: number }[]>(
    `select count(distinct o.id)::int as ngos, count(distinct oc.country_id)::int as countries
     from organization o left join organization_country oc on oc.organization_id = o.id
     where o.kind = 'FOREIGN_NGO' and (? or not o.synthetic)`,
    [includeSynthetic],
  );
  const reported = inDateOrder(await em.find(ReportedFigure, {})).filter((f) => NGO_METRICS.some((m) => f.metric.includes(m)));
  return Object.assign(new ForeignNgoOverview(), {
    ngoCount: counts.ngos,
    countryCount: counts.countries,
    aidByYear: await aidTotals(em, AidGrouping.YEAR, '9999-12-31', null, null, includeSynthetic),
    reported,
  });
}

/** Registrations that have expired or expire within `withinDays` of `date`, soonest first; none withdrawn by `date` (it no longer stands). */
export async function registrationAlerts(ctx: Context, date: string, withinDays: number, includeExpired: boolean): Promise<RegistrationAlert[]> {
  const until = addDays(date, daysAhead(withinDays));
  const rows = await ctx.em.find(
    Registration,
    { expiresOn: includeExpired ? { $lte: until } : { $gte: date, $lte: until }, $or: [{ withdrawnOn: null }, { withdrawnOn: { $gt: date } }] },
    { orderBy: { expiresOn: 'asc', id: 'asc' } },
  );
  // Only an NGO's latest registration of each type counts: a renewed one is not "expired".
  const latest = await ctx.em.execute<{ id: string }[]>(
    `select distinct on (organization_id, type) id from registration order by organization_id, type, expires_on desc`,
  );
  const current = new Set(latest.map((r) => r.id));
  return rows
    .filter((r) => current.has(r.id))
    .map((registration) => {
      const alert = Object.assign(new RegistrationAlert(), { registration, daysLeft: Math.round((Date.parse(registration.expiresOn) - Date.parse(date)) / 86_400_000) });
      return withLazyFields(alert, { organization: () => ctx.loaders.byId(Organization).load(registration.organization.id) });
    });
}

/** Aid records and organised events in provinces (or province + sector) the NGO is not registered for. */
export async function outOfArea(ctx: Context, date: string, organizationId: string | null): Promise<OutOfAreaActivity[]> {
  const scope = organizationId ? 'and o.id = ?' : '';
  const registered = `select ia.organization_id, ${currentProvinceSql('ip')} as province_id, ia.sector_id
    from intervention_area ia join province ip on ip.id = ia.province_id`;
  const rows = await ctx.em.execute<{ org: string; kind: OutOfAreaKind; record: string; province: string | null; sector: string | null; reason: string }[]>(
    `with registered as (${registered})
     select o.id as org, 'AID_RECORD' as kind, a.id as record, a.province_id as province, a.sector_id as sector,
       case when not exists (select 1 from registered r where r.organization_id = o.id and r.province_id = ${currentProvinceSql('p')}) then 'PROVINCE' else 'SECTOR' end as reason
     from aid_record a join organization o on o.id = a.organization_id join province p on p.id = a.province_id
     where o.kind = 'FOREIGN_NGO' ${scope}
       and exists (select 1 from intervention_area x where x.organization_id = o.id)
       and not exists (select 1 from registered r where r.organization_id = o.id and r.province_id = ${currentProvinceSql('p')}
                       and (a.sector_id is null or r.sector_id is null or r.sector_id = a.sector_id))
     union all
     select o.id, 'EVENT', e.id, e.province_id, null, 'PROVINCE'
     from event e join event_organizer eo on eo.event_id = e.id join organization o on o.id = eo.organization_id join province p on p.id = e.province_id
     where o.kind = 'FOREIGN_NGO' ${scope}
       and exists (select 1 from intervention_area x where x.organization_id = o.id)
       and not exists (select 1 from registered r where r.organization_id = o.id and r.province_id = ${currentProvinceSql('p')})
     order by 1, 2, 3`,
    [date, date, ...(organizationId ? [organizationId] : []), date, ...(organizationId ? [organizationId] : []), date],
  );
  return rows.map((r) => {
    const activity = Object.assign(new OutOfAreaActivity(), { kind: r.kind, recordId: toGlobalId(r.kind === OutOfAreaKind.EVENT ? 'Event' : 'AidRecord', r.record), reason: r.reason });
    return withLazyFields(activity, {
      organization: () => ctx.loaders.byId(Organization).load(r.org),
      province: () => (r.province ? ctx.loaders.byId(Province).load(r.province) : null),
      sector: () => (r.sector ? ctx.loaders.byId(Sector).load(r.sector) : null),
    });
  });
}

export const FOREIGN_NGO = OrganizationKind.FOREIGN_NGO;

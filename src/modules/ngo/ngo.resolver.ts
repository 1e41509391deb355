import { Params, readSql } from '../../db/read-sql.js';
import { findRows, readRows, selectList } from '../../db/rows.js';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { list, paged, SCAN, UNPAGED_ROWS } from '../../graphql/prices.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';
import { Event } from '../event/event.entity.js';
import { EventConnection } from '../event/event.types.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { groupedPages, ROOT } from '../../relay/grouped-page.js';
import { readingDate } from '../../relay/temporal.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { organizationPages } from '../organization/organization.service.js';
import { ForeignNgo, OrganizationConnection } from '../organization/organization.types.js';
import { provinceScope } from '../province/geography.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { AidRecord } from './aid-record.entity.js';
import { InterventionArea } from './intervention-area.entity.js';
import { aidTotals, ngoCounts, outOfArea, overview, registrationAlerts } from './ngo.service.js';
import { eventAfterAbolitionSql, needsRemapSql, remapRuns } from './province-remap.js';
import { RUN_TYPE } from './ngo.enums.js';
import { AreaRemap } from './area-remap.entity.js';
import { AidGrouping, AidTotal, ForeignNgoFilter, ForeignNgoOverview, NgoCount, OutOfAreaActivity, RegistrationAlert, RemapRun } from './ngo.types.js';
import { Registration } from './registration.entity.js';

const registrationsOf = defineLoader<string, Registration[]>(async (em, ids) =>
  grouped(ids, await findRows(em, Registration, { organization: { $in: [...ids] } }, { expiresOn: 'desc', id: 'asc' }), (r) => r.organization.id));

const areasOf = defineLoader<string, InterventionArea[]>(async (em, ids) =>
  grouped(ids, await findRows(em, InterventionArea, { organization: { $in: [...ids] } }, { province: 'asc', id: 'asc' }), (a) => a.organization.id));

const aidOf = defineLoader<string, AidRecord[]>(async (em, ids) =>
  grouped(ids, await findRows(em, AidRecord, { organization: { $in: [...ids] } }, { year: 'desc', id: 'asc' }), (a) => a.organization.id));

const day = (date?: Date | string) => readingDate({ asOf: date })!;

@Resolver(() => ForeignNgo)
export class ForeignNgoResolver {
  @FieldResolver(() => [Registration], { description: 'Registration certificates, latest expiry first.' })
  registrations(@Root() ngo: Organization, @Ctx() { loaders }: Context): Promise<Registration[]> {
    return loaders.use(registrationsOf).load(ngo.id);
  }

  @FieldResolver(() => [InterventionArea], { description: 'Provinces and sectors the NGO is registered to work in, as recorded.' })
  interventionAreas(@Root() ngo: Organization, @Ctx() { loaders }: Context): Promise<InterventionArea[]> {
    return loaders.use(areasOf).load(ngo.id);
  }

  @FieldResolver(() => [AidRecord], { description: 'Aid records, newest year first.' })
  aidRecords(@Root() ngo: Organization, @Ctx() { loaders }: Context): Promise<AidRecord[]> {
    return loaders.use(aidOf).load(ngo.id);
  }
}

@Resolver(() => InterventionArea)
export class InterventionAreaResolver {
  @FieldResolver(() => Province, { description: 'As recorded (see Province.asOf for today’s geography).' })
  async province(@Root() area: InterventionArea, @Ctx() { loaders }: Context): Promise<Province> {
    return (await loaders.ref(Province, area.province))!;
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() area: InterventionArea, @Ctx() { loaders }: Context): Promise<Sector | null> | null {
    return loaders.ref(Sector, area.sector);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() area: InterventionArea, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, area.organization))!;
  }
}

@Resolver(() => AidRecord)
export class AidRecordResolver {
  @FieldResolver(() => Province, { nullable: true })
  province(@Root() aid: AidRecord, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return loaders.ref(Province, aid.province);
  }

  @FieldResolver(() => Sector, { nullable: true })
  sector(@Root() aid: AidRecord, @Ctx() { loaders }: Context): Promise<Sector | null> | null {
    return loaders.ref(Sector, aid.sector);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() aid: AidRecord, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, aid.organization))!;
  }
}

@Resolver()
export class NgoQueries {
  // The page, plus a scan of intervention areas for each of the province and sector filters.
  @Query(() => OrganizationConnection, { complexity: (e) => paged(e) + (e.args.filter?.province ? 20 : 0) + (e.args.filter?.sectorKeys?.length ? 20 : 0), description: 'Foreign NGOs by country of origin, sector and province (old or new names, answered in the geography of a date).' })
  async foreignNgos(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => ForeignNgoFilter, { nullable: true }) filter: ForeignNgoFilter = {}): Promise<OrganizationConnection> {
    const conditions: { sql: string; params: unknown[] }[] = [];
    if (filter.province) {
      const scope = await provinceScope(ctx.em, filter.province, day(filter.geographyOn));
      conditions.push({ sql: `exists (select 1 from intervention_area ia where ia.organization_id = t.id and ia.province_id in (${scope.ids.map(() => '?').join(', ')}))`, params: scope.ids });
    }
    if (filter.sectorKeys?.length) {
      conditions.push({ sql: `exists (select 1 from intervention_area ia join sector s on s.id = ia.sector_id where ia.organization_id = t.id and s.key in (${filter.sectorKeys.map(() => '?').join(', ')}))`, params: filter.sectorKeys });
    }
    const page = await organizationPages(ctx, 'foreign-ngos', null, args, { kinds: [OrganizationKind.FOREIGN_NGO], countryCodes: filter.countryCodes, includeSynthetic: filter.includeSynthetic }, undefined, undefined, conditions).load(ROOT);
    return OrganizationConnection.of(page.edges, page.pageInfo, page.count);
  }

  // One aggregate over every aid record; a row per group (years, sectors, provinces or countries).
  @Query(() => [AidTotal], { complexity: ({ childComplexity }) => SCAN + list(UNPAGED_ROWS, childComplexity), description: 'Aid computed from the directory’s aid records, grouped by year, sector, province (in the geography of `geographyOn`, default today) or country of origin. See `foreignNgoOverview.reported` for official figures.' })
  aidStatistics(
    @Ctx() { em }: Context,
    @Arg('by', () => AidGrouping) by: AidGrouping,
    @Arg('fromYear', () => Int, { nullable: true }) fromYear: number | undefined,
    @Arg('toYear', () => Int, { nullable: true }) toYear: number | undefined,
    @Arg('includeSynthetic', () => Boolean, { defaultValue: false }) includeSynthetic: boolean,
    @Arg('geographyOn', () => DateScalar, { nullable: true }) geographyOn?: Date | string,
  ): Promise<AidTotal[]> {
    return aidTotals(em, by, day(geographyOn), fromYear ?? null, toYear ?? null, includeSynthetic);
  }

  @Query(() => [NgoCount], { complexity: ({ childComplexity }) => SCAN + list(UNPAGED_ROWS, childComplexity), description: 'Foreign NGOs in the directory by country of origin or by registered sector.' })
  ngoCounts(@Ctx() { em }: Context, @Arg('by', () => String, { description: 'COUNTRY or SECTOR' }) by: string, @Arg('includeSynthetic', () => Boolean, { defaultValue: false }) includeSynthetic: boolean): Promise<NgoCount[]> {
    return ngoCounts(em, by === 'SECTOR' ? 'SECTOR' : 'COUNTRY', includeSynthetic);
  }

  @Query(() => ForeignNgoOverview, { complexity: ({ childComplexity }) => SCAN + childComplexity, description: 'Computed figures beside the reported (official) ones, never mixed.' })
  foreignNgoOverview(@Ctx() { em }: Context, @Arg('includeSynthetic', () => Boolean, { defaultValue: false }) includeSynthetic: boolean): Promise<ForeignNgoOverview> {
    return overview(em, includeSynthetic);
  }

  @Query(() => [InterventionArea], { complexity: ({ childComplexity }) => 20 + list(2 * UNPAGED_ROWS, childComplexity), description: 'Intervention areas still recorded against provinces abolished by `asOf` (default today), except where the successor kept the name: what the remap would move.' })
  async areasOnAbolishedProvinces(@Ctx() { em }: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: Date | string): Promise<InterventionArea[]> {
    const params = new Params();
    const where = params.fragment(needsRemapSql('t.province_id'), [day(asOf)]);
    const rows = await readSql(em, `select ${selectList(em, InterventionArea)} from intervention_area t where ${where} order by t.organization_id, t.id`, params.values);
    return readRows(em, InterventionArea, rows);
  }

  @Query(() => OrganizationConnection, { complexity: (e) => 20 + paged(e), description: 'Organizations still recorded against provinces abolished by `asOf` (default today), except where the successor kept the name: what the remap would move.' })
  async organizationsOnAbolishedProvinces(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: Date | string): Promise<OrganizationConnection> {
    const page = await organizationPages(ctx, 'abolished', null, args, {}, undefined, undefined, [
      { sql: needsRemapSql('t.province_id'), params: [day(asOf)] },
    ]).load(ROOT);
    return OrganizationConnection.of(page.edges, page.pageInfo, page.count);
  }

  @Query(() => EventConnection, { complexity: (e) => 20 + paged(e), description: 'Events recorded against a province that no longer existed when they started (abolished by `asOf`, default today), except where the successor kept the name, newest first. An event before the abolition took place in the old unit and stays there.' })
  async eventsOnAbolishedProvinces(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: Date | string): Promise<EventConnection> {
    const page = await groupedPages(ctx.loaders, {
      name: 'events:abolished',
      entity: Event,
      parent: null,
      conditions: [{ sql: needsRemapSql('t.province_id'), params: [day(asOf)] }, { sql: eventAfterAbolitionSql('t'), params: [] }],
      sort: { sql: 't.start_date_start', direction: 'desc' },
      page: pageRequest(args),
    }).load(ROOT);
    return EventConnection.of(page.edges, page.pageInfo, page.count);
  }

  @Query(() => [RemapRun], { complexity: ({ args, childComplexity }) => 20 + list(Math.min(Math.max(args.first ?? 20, 1), 100), childComplexity), description: 'Remap runs of abolished provinces, newest first: who ran each, when, and what it moved. Secretariat only.' })
  @Authorized('SECRETARIAT')
  remapRuns(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many runs (1–100).' }) first: number): Promise<RemapRun[]> {
    return remapRuns(ctx, Math.min(Math.max(first, 1), 100));
  }

  @Query(() => RemapRun, { nullable: true, complexity: ({ childComplexity }) => 20 + list(1, childComplexity), description: 'One remap run by the ID its remap answered with: who ran it, when, and what it moved. Secretariat only.' })
  @Authorized('SECRETARIAT')
  async remapRun(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<RemapRun | null> {
    const [run] = await remapRuns(ctx, 1, expectGlobalId(id, RUN_TYPE));
    return run ?? null;
  }

  // Reads every registration (the latest of each NGO and type); the alerts are bounded by the data, not an argument.
  @Query(() => [RegistrationAlert], { complexity: ({ childComplexity }) => SCAN + list(2 * UNPAGED_ROWS, childComplexity), description: 'Current registrations that expire within `withinDays` of `asOf` (default today), and those already expired when `includeExpired`.' })
  registrationAlerts(
    @Ctx() ctx: Context,
    @Arg('withinDays', () => Int, { defaultValue: 90 }) withinDays: number,
    @Arg('includeExpired', () => Boolean, { defaultValue: true }) includeExpired: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: Date | string,
  ): Promise<RegistrationAlert[]> {
    return registrationAlerts(ctx, day(asOf), withinDays, includeExpired);
  }

  // Every aid record and organised event of the NGOs in scope against their registered areas.
  @Query(() => [OutOfAreaActivity], { complexity: ({ args, childComplexity }) => (args.organizationId ? SCAN : 10 * SCAN) + list(2 * UNPAGED_ROWS, childComplexity), description: 'NGOs working outside their registered areas or sectors: aid records or organised events there (compared in today’s geography).' })
  outOfAreaActivities(@Ctx() ctx: Context, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string): Promise<OutOfAreaActivity[]> {
    return outOfArea(ctx, day(), organizationId ? expectGlobalId(organizationId, 'Organization', 'organizationId') : null);
  }
}

@Resolver(() => AreaRemap)
export class AreaRemapResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The NGO of the intervention area, or the organization moved; null for an event.' })
  organization(@Root() change: AreaRemap, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, change.organization);
  }

  @FieldResolver(() => Province, { description: 'The abolished province.' })
  async from(@Root() change: AreaRemap, @Ctx() { loaders }: Context): Promise<Province> {
    return (await loaders.ref(Province, change.fromProvince))!;
  }

  @FieldResolver(() => Province, { description: 'The unit that took it over.' })
  async to(@Root() change: AreaRemap, @Ctx() { loaders }: Context): Promise<Province> {
    return (await loaders.ref(Province, change.toProvince))!;
  }
}

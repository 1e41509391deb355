import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../errors/errors.js';
import { list, paged, pagedBy, SCAN, UNPAGED_ROWS } from '../../graphql/prices.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ConnectionArgs, pageRequest, notPaged } from '../../relay/connection.js';
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
import { aidRecordPages, aidTotals, areasOnAbolishedPages, interventionAreaPages, NGO_METRICS, ngoCounts, outOfArea, overview, registrationAlerts, registrationPages } from './ngo.service.js';
import { eventAfterAbolitionSql, needsRemapSql, remapChangePages, remapRunPages, RUN_PAGE } from './province-remap.js';
import { RUN_TYPE } from './ngo.enums.js';
import { AreaRemap } from './area-remap.entity.js';
import {
  AidGrouping, AidRecordConnection, AidTotal, AreaRemapConnection, ForeignNgoFilter, ForeignNgoOverview, InterventionAreaConnection, NgoCount, OutOfAreaActivityConnection,
  RegistrationAlertConnection, RegistrationConnection, RemapRun, RemapRunConnection,
} from './ngo.types.js';
import { DATE_ORDER } from '../reported-figure/reported-figure.order.js';
import { reportedFigurePages } from '../reported-figure/reported-figure.service.js';
import { ReportedFigureConnection } from '../reported-figure/reported-figure.types.js';

const day = (date?: Date | string) => readingDate({ asOf: date })!;

@Resolver(() => ForeignNgo)
export class ForeignNgoResolver {
  @FieldResolver(() => RegistrationConnection, { description: 'Registration certificates, latest expiry first.' })
  async registrations(@Root() ngo: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<RegistrationConnection> {
    return RegistrationConnection.ofPage(await registrationPages(ctx, args).load(ngo.id));
  }

  @FieldResolver(() => InterventionAreaConnection, { description: 'Provinces and sectors the NGO is registered to work in, as recorded, by province (Vietnamese order of its name).' })
  async interventionAreas(@Root() ngo: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<InterventionAreaConnection> {
    return InterventionAreaConnection.ofPage(await interventionAreaPages(ctx, args).load(ngo.id));
  }

  @FieldResolver(() => AidRecordConnection, { description: 'Aid records, newest year first.' })
  async aidRecords(@Root() ngo: Organization, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<AidRecordConnection> {
    return AidRecordConnection.ofPage(await aidRecordPages(ctx, args).load(ngo.id));
  }
}

@Resolver(() => InterventionArea)
export class InterventionAreaResolver {
  @FieldResolver(() => Province, { description: 'As recorded (see Province.asOf for today’s geography).' })
  async province(@Root() area: InterventionArea, @Ctx() { loaders }: Context): Promise<Province> {
    return (await loaders.ref(Province, area.province))!;
  }

  @FieldResolver(() => Sector, { nullable: true, description: 'The field of work the NGO is registered for in that province; null when none is recorded (the area then covers every sector there).' })
  sector(@Root() area: InterventionArea, @Ctx() { loaders }: Context): Promise<Sector | null> | null {
    return loaders.ref(Sector, area.sector);
  }

  @FieldResolver(() => Organization, { description: 'The foreign NGO registered to work there.' })
  async organization(@Root() area: InterventionArea, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, area.organization))!;
  }
}

@Resolver(() => AidRecord)
export class AidRecordResolver {
  @FieldResolver(() => Province, { nullable: true, description: 'Where the aid went, as recorded (see Province.asOf for today’s geography); null when not recorded.' })
  province(@Root() aid: AidRecord, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return loaders.ref(Province, aid.province);
  }

  @FieldResolver(() => Sector, { nullable: true, description: 'The field of work the aid went to; null when not recorded.' })
  sector(@Root() aid: AidRecord, @Ctx() { loaders }: Context): Promise<Sector | null> | null {
    return loaders.ref(Sector, aid.sector);
  }

  @FieldResolver(() => Organization, { description: 'The foreign NGO that gave the aid.' })
  async organization(@Root() aid: AidRecord, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, aid.organization))!;
  }
}

@Resolver()
export class NgoQueries {
  // The page, plus a scan of intervention areas for each of the province and sector filters.
  @Query(() => OrganizationConnection, { complexity: (e) => paged(e) + (e.args.filter?.province ? 20 : 0) + (e.args.filter?.sectorKeys?.length ? 20 : 0), description: 'Foreign NGOs by country of origin, sector and province (old or new names, answered in the geography of a date).' })
  async foreignNgos(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => ForeignNgoFilter, { nullable: true, description: 'Conditions the NGOs must meet (default: every foreign NGO, synthetic ones left out).' }) filter: ForeignNgoFilter = {}): Promise<OrganizationConnection> {
    const conditions: { sql: string; params: unknown[] }[] = [];
    if (filter.province) {
      const scope = await provinceScope(ctx.em, filter.province, day(filter.geographyOn));
      conditions.push({ sql: `exists (select 1 from intervention_area ia where ia.organization_id = t.id and ia.province_id in (${scope.ids.map(() => '?').join(', ')}))`, params: scope.ids });
    }
    if (filter.sectorKeys?.length) {
      conditions.push({ sql: `exists (select 1 from intervention_area ia join sector s on s.id = ia.sector_id where ia.organization_id = t.id and s.key in (${filter.sectorKeys.map(() => '?').join(', ')}))`, params: filter.sectorKeys });
    }
    return OrganizationConnection.ofPage(await organizationPages(ctx, 'foreign-ngos', null, args, { kinds: [OrganizationKind.FOREIGN_NGO], countryCodes: filter.countryCodes, includeSynthetic: filter.includeSynthetic }, undefined, undefined, conditions).load(ROOT));
  }

  // One aggregate over every aid record; a row per group (years, sectors, provinces or countries).
  @Query(() => [AidTotal], { complexity: ({ childComplexity }) => SCAN + list(UNPAGED_ROWS, childComplexity), description: `Aid computed from the directory’s aid records, grouped by year, sector, province (in the geography of \`geographyOn\`, default today) or country of origin. See \`foreignNgoOverview.reported\` for official figures. ${notPaged('one row per group (a year with aid on record, or a sector, province or country of the reference lists), however many aid records there are')}` })
  aidStatistics(
    @Ctx() { em }: Context,
    @Arg('by', () => AidGrouping, { description: 'How to group the aid.' }) by: AidGrouping,
    @Arg('fromYear', () => Int, { nullable: true, description: 'Only aid of this year or later (default: from the first year on record).' }) fromYear: number | undefined,
    @Arg('toYear', () => Int, { nullable: true, description: 'Only aid of this year or earlier (default: up to the last year on record).' }) toYear: number | undefined,
    @Arg('includeSynthetic', () => Boolean, { defaultValue: false, description: 'Count the aid records of the synthetic benchmark network too (default false).' }) includeSynthetic: boolean,
    @Arg('geographyOn', () => DateScalar, { nullable: true, description: 'The date whose provinces PROVINCE grouping answers in (default today); ignored by the other groupings.' }) geographyOn?: Date | string,
  ): Promise<AidTotal[]> {
    return aidTotals(em, by, day(geographyOn), fromYear ?? null, toYear ?? null, includeSynthetic);
  }

  @Query(() => [NgoCount], { complexity: ({ childComplexity }) => SCAN + list(UNPAGED_ROWS, childComplexity), description: `Foreign NGOs in the directory by country of origin or by registered sector. ${notPaged('one row per country or sector of the reference lists')}` })
  ngoCounts(@Ctx() { em }: Context, @Arg('by', () => String, { description: 'COUNTRY (by country of origin) or SECTOR (by the sectors of their intervention areas); any other value counts by COUNTRY.' }) by: string, @Arg('includeSynthetic', () => Boolean, { defaultValue: false, description: 'Count the NGOs of the synthetic benchmark network too (default false).' }) includeSynthetic: boolean): Promise<NgoCount[]> {
    return ngoCounts(em, by === 'SECTOR' ? 'SECTOR' : 'COUNTRY', includeSynthetic);
  }

  @Query(() => ForeignNgoOverview, { complexity: ({ childComplexity }) => SCAN + childComplexity, description: 'Computed figures beside the reported (official) ones, never mixed.' })
  foreignNgoOverview(@Ctx() { em }: Context, @Arg('includeSynthetic', () => Boolean, { defaultValue: false, description: 'Count the synthetic benchmark network too in the computed figures (default false); the reported figures are the same either way.' }) includeSynthetic: boolean): Promise<ForeignNgoOverview> {
    return overview(em, includeSynthetic);
  }

  @Query(() => InterventionAreaConnection, { complexity: (e) => 20 + paged(e), description: 'Intervention areas still recorded against provinces abolished by `asOf` (default today), except where the successor kept the name: what the remap would move; by NGO.' })
  async areasOnAbolishedProvinces(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'Provinces abolished before this date count (default today).' }) asOf?: Date | string): Promise<InterventionAreaConnection> {
    return InterventionAreaConnection.ofPage(await areasOnAbolishedPages(ctx, day(asOf), args));
  }

  @Query(() => OrganizationConnection, { complexity: (e) => 20 + paged(e), description: 'Organizations still recorded against provinces abolished by `asOf` (default today), except where the successor kept the name: what the remap would move.' })
  async organizationsOnAbolishedProvinces(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'Provinces abolished before this date count (default today).' }) asOf?: Date | string): Promise<OrganizationConnection> {
    return OrganizationConnection.ofPage(await organizationPages(ctx, 'abolished', null, args, {}, undefined, undefined, [
      { sql: needsRemapSql('t.province_id'), params: [day(asOf)] },
    ]).load(ROOT));
  }

  @Query(() => EventConnection, { complexity: (e) => 20 + paged(e), description: 'Events recorded against a province that no longer existed when they started (abolished by `asOf`, default today), except where the successor kept the name, newest first. An event before the abolition took place in the old unit and stays there.' })
  async eventsOnAbolishedProvinces(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'Provinces abolished before this date count (default today).' }) asOf?: Date | string): Promise<EventConnection> {
    return EventConnection.ofPage(await groupedPages(ctx.loaders, {
      name: 'events:abolished',
      entity: Event,
      parent: null,
      conditions: [{ sql: needsRemapSql('t.province_id'), params: [day(asOf)] }, { sql: eventAfterAbolitionSql('t'), params: [] }],
      sort: { sql: 't.start_date_start', direction: 'desc' },
      page: pageRequest(args),
    }).load(ROOT));
  }

  @Query(() => RemapRunConnection, { complexity: (e) => 20 + pagedBy(RUN_PAGE)(e), description: `Remap runs of abolished provinces, newest first: who ran each, when, and what it moved; ${RUN_PAGE} a page unless \`first\` or \`last\` says otherwise. Secretariat only.` })
  @Authorized('SECRETARIAT')
  async remapRuns(@Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<RemapRunConnection> {
    return RemapRunConnection.ofPage(await remapRunPages(ctx, args));
  }

  @Query(() => RemapRun, { nullable: true, complexity: ({ childComplexity }) => 20 + childComplexity, description: 'One remap run by the ID its remap answered with: who ran it, when, and what it moved. Secretariat only.' })
  @Authorized('SECRETARIAT')
  async remapRun(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The run’s global ID, as the remap answered it (`runId`) or `remapRuns` lists it.' }) id: string): Promise<RemapRun | null> {
    const page = await remapRunPages(ctx, { first: 1 }, expectGlobalId(id, RUN_TYPE));
    // Null with NOT_FOUND on its path, as every other lookup of an ID.
    if (!page.edges[0]) throw notFound('RemapRun', id);
    return page.edges[0].node;
  }

  // Reads every registration (the latest of each NGO and type), then the page asked for.
  @Query(() => RegistrationAlertConnection, { complexity: (e) => SCAN + paged(e), description: 'Current registrations that expire within `withinDays` of `asOf` (default today), and those already expired when `includeExpired`; soonest expiry first.' })
  async registrationAlerts(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('withinDays', () => Int, { defaultValue: 90, description: 'How far ahead to look, in days from `asOf` (default 90; 0–3660, else BAD_USER_INPUT).' }) withinDays: number,
    @Arg('includeExpired', () => Boolean, { defaultValue: true, description: 'Also list registrations that expired before `asOf` and were not renewed (default true).' }) includeExpired: boolean,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to count from (default today).' }) asOf?: Date | string,
  ): Promise<RegistrationAlertConnection> {
    return RegistrationAlertConnection.ofPage(await registrationAlerts(ctx, day(asOf), withinDays, includeExpired, args));
  }

  // Every aid record and organised event of the NGOs in scope against their registered areas.
  @Query(() => OutOfAreaActivityConnection, { complexity: (e) => (e.args.organizationId ? SCAN : 10 * SCAN) + paged(e), description: 'NGOs working outside their registered areas or sectors: aid records or organised events there (compared in today’s geography), by NGO, then aid records before events. An NGO with no intervention area on record is not flagged.' })
  async outOfAreaActivities(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('organizationId', () => ID, { nullable: true, description: 'Only this NGO’s activities (default: every foreign NGO’s).' }) organizationId?: string): Promise<OutOfAreaActivityConnection> {
    return OutOfAreaActivityConnection.ofPage(await outOfArea(ctx, day(), organizationId ? expectGlobalId(organizationId, 'Organization', 'organizationId') : null, args));
  }
}

@Resolver(() => RemapRun)
export class RemapRunResolver {
  @FieldResolver(() => AreaRemapConnection, { description: 'Every change the run recorded, in order.' })
  async changes(@Root() run: RemapRun, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<AreaRemapConnection> {
    return AreaRemapConnection.ofPage(await remapChangePages(ctx, args).load(run.runId));
  }
}

@Resolver(() => ForeignNgoOverview)
export class ForeignNgoOverviewResolver {
  @FieldResolver(() => ReportedFigureConnection, { description: `Reported: official figures about foreign NGOs and their aid, with source and date. ${DATE_ORDER}` })
  async reported(@Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<ReportedFigureConnection> {
    return ReportedFigureConnection.ofPage(await reportedFigurePages(ctx, args, { metricsLike: NGO_METRICS }));
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

import { IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountryCodeScalar, DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { ConnectionType, notPaged } from '../../relay/connection.js';
import { InterventionArea } from './intervention-area.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { AreaRemap } from './area-remap.entity.js';
import { AidRecord } from './aid-record.entity.js';
import { Registration } from './registration.entity.js';
import { RemapTarget } from './ngo.enums.js';

@InputType({ description: 'Narrows the list of foreign NGOs.' })
export class ForeignNgoFilter {
  @Field(() => [CountryCodeScalar], { nullable: true, description: 'Only NGOs from any of these countries of origin (ISO 3166-1 alpha-2 codes, any case).' })
  @IsOptional()
  countryCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Registered to work in any of these sectors (keys).' })
  @IsOptional()
  sectorKeys?: string[];

  @Field({ nullable: true, description: 'Registered to work in this province: a key, code or name, old or new (“Bình Dương” finds those under Hồ Chí Minh City after the merger).' })
  @IsOptional()
  province?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The geography to answer in (default today).' })
  @IsOptional()
  geographyOn?: Date | string;

  @Field({ nullable: true, description: 'Include the NGOs of the synthetic benchmark network (default false).' })
  @IsOptional()
  includeSynthetic?: boolean;
}

export enum AidGrouping {
  YEAR = 'YEAR',
  SECTOR = 'SECTOR',
  PROVINCE = 'PROVINCE',
  COUNTRY = 'COUNTRY',
}
registerEnumType(AidGrouping, {
  name: 'AidGrouping',
  description: 'How to group aid: by year, sector, province (in the geography of a date) or country of origin.',
  valuesConfig: {
    YEAR: { description: 'By year of the aid, oldest first.' },
    SECTOR: { description: 'By sector, largest amount first; aid with no sector recorded is grouped as “unknown”.' },
    PROVINCE: { description: 'By province in the geography of `geographyOn` (aid recorded on an abolished unit counts under the unit that took it over), largest amount first; aid with no province as “unknown”.' },
    COUNTRY: { description: 'By the NGO’s country of origin, largest amount first; an NGO of several countries counts in each, one of none as “unknown”.' },
  },
});

@ObjectType({ description: 'Aid computed from the directory’s own records (never a reported figure).' })
export class AidTotal {
  @Field({ description: 'The group: a year, a sector key, a province key or a country code (“unknown” where not recorded).' })
  key!: string;

  @Field({ description: 'The group’s name: the year, the sector’s or country’s English name, or the province’s Vietnamese name (“unknown” where not recorded).' })
  label!: string;

  @Field(() => Float, { description: 'Sum of the aid records’ amounts, in US dollars.' })
  amountUsd!: number;

  @Field(() => Int, { description: 'Aid records summed.' })
  records!: number;

  @Field(() => Int, { description: 'Distinct NGOs.' })
  ngos!: number;
}

@ObjectType({ description: 'Foreign NGOs of one country of origin or one sector, computed from the directory’s records (never a reported figure).' })
export class NgoCount {
  @Field({ description: 'A country code or a sector key (“unknown” for NGOs with no country recorded).' })
  key!: string;

  @Field({ description: 'The country’s or sector’s English name (“unknown” where not recorded).' })
  label!: string;

  @Field(() => Int, { description: 'Distinct foreign NGOs: from that country, or with an intervention area in that sector.' })
  ngos!: number;
}

@ObjectType({ description: 'Figures computed from the directory’s records beside the official figures as published. The two are never mixed.' })
export class ForeignNgoOverview {
  @Field(() => Int, { description: 'Computed: foreign NGOs in the directory.' })
  ngoCount!: number;

  @Field(() => Int, { description: 'Computed: countries of origin among them.' })
  countryCount!: number;

  @Field(() => [AidTotal], { description: `Computed: aid by year from the directory’s aid records, oldest first. ${notPaged('one row per year with aid on record')}` })
  aidByYear!: AidTotal[];
}


@ObjectType({ description: 'One intervention area, organization or event moved (or to be moved) from an abolished province to its successor.' })
export class AreaChange {
  @Field(() => RemapTarget, { description: 'What is moved.' })
  kind!: RemapTarget;

  @Field(() => ID, { description: 'The global ID of the record moved.' })
  record!: string;

  @Field(() => Organization, { nullable: true, description: 'The NGO of an intervention area, or the organization moved; null for an event.' })
  organization!: Organization | null | Promise<Organization | null>;

  @Field(() => Province, { description: 'The abolished province the record was on.' })
  from!: Province | Promise<Province | null>;

  @Field(() => Province, { description: 'The unit that took it over, where the record is (or would be) moved.' })
  to!: Province | Promise<Province | null>;

  @Field(() => Sector, { nullable: true, description: 'The sector of an intervention area; null for an organization or an event, or an area with no sector.' })
  sector!: Sector | null | Promise<Sector | null>;

  @Field({ description: 'MOVED, or MERGED when the NGO already had the successor in that sector.' })
  outcome!: string;
}

@ObjectType({ description: 'The result of remapping records to today’s provinces.' })
export class RemapResult {
  @Field({ description: 'True: nothing was written, the changes are what a run would do.' })
  dryRun!: boolean;

  @Field(() => ID, { nullable: true, description: 'Identifies the run’s change records (null for a dry run or when nothing changed); see `remapRuns`.' })
  runId!: string | null;

  @Field(() => [AreaChange], { description: `Every change of the run (or of the dry run), in order. ${notPaged('the answer of one write cannot be asked for again page by page; a run’s recorded changes are paged in `remapRun(id:).changes`')}` })
  changes!: AreaChange[];
}

@ObjectType({ description: 'A remap run as recorded: who ran it, when, and what it moved.' })
export class RemapRun {
  @Field(() => ID, { description: 'The run’s global ID, as the remap answered it (`remapRun(id:)` reads it again).' })
  id!: string;

  /** The run's own id (the records' run_id), for its changes. */
  runId!: string;

  @Field(() => String, { nullable: true, description: 'Who ran it (token subject).' })
  actor!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it ran.' })
  at!: Date;
}

export const RemapRunConnection = ConnectionType<RemapRun>('RemapRun', () => RemapRun);
export type RemapRunConnection = InstanceType<typeof RemapRunConnection>;

export const AreaRemapConnection = ConnectionType<AreaRemap>('AreaRemap', () => AreaRemap);
export type AreaRemapConnection = InstanceType<typeof AreaRemapConnection>;

export enum OutOfAreaKind {
  AID_RECORD = 'AID_RECORD',
  EVENT = 'EVENT',
}
registerEnumType(OutOfAreaKind, {
  name: 'OutOfAreaKind',
  description: 'What record shows a foreign NGO at work outside its registered areas.',
  valuesConfig: {
    AID_RECORD: { description: 'An aid record in a province, or a sector of a province, the NGO is not registered for.' },
    EVENT: { description: 'An event the NGO organised in a province it is not registered for.' },
  },
});

@ObjectType({ description: 'Activity of an NGO outside the provinces or sectors it is registered for (compared in today’s geography).' })
export class OutOfAreaActivity {
  @Field(() => Organization, { description: 'The foreign NGO.' })
  organization!: Organization | Promise<Organization | null>;

  @Field(() => OutOfAreaKind, { description: 'Whether `recordId` is an aid record or an event.' })
  kind!: OutOfAreaKind;

  @Field(() => ID, { description: 'The aid record or event.' })
  recordId!: string;

  @Field(() => Province, { nullable: true, description: 'The province of the aid record or event, as recorded (see Province.asOf for today’s geography).' })
  province!: Province | null | Promise<Province | null>;

  @Field(() => Sector, { nullable: true, description: 'The sector of the aid record; null for an event, or for aid with no sector recorded.' })
  sector!: Sector | null | Promise<Sector | null>;

  @Field({ description: 'Why it is flagged: PROVINCE (not registered there) or SECTOR (not in that sector there).' })
  reason!: string;
}

@ObjectType({ description: 'A registration that has expired or expires soon.' })
export class RegistrationAlert {
  @Field(() => Registration, { description: 'The registration: the NGO’s latest of its type (a renewed one raises no alert), not withdrawn by `asOf`.' })
  registration!: Registration;

  @Field(() => Organization, { description: 'The foreign NGO that holds it.' })
  organization!: Organization | Promise<Organization | null>;

  @Field(() => Int, { description: 'Days from `asOf` to the expiry date (0: expires that day; negative: expired that many days ago).' })
  daysLeft!: number;
}

export const RegistrationAlertConnection = ConnectionType<RegistrationAlert>('RegistrationAlert', () => RegistrationAlert);
export type RegistrationAlertConnection = InstanceType<typeof RegistrationAlertConnection>;

export const OutOfAreaActivityConnection = ConnectionType<OutOfAreaActivity>('OutOfAreaActivity', () => OutOfAreaActivity);
export type OutOfAreaActivityConnection = InstanceType<typeof OutOfAreaActivityConnection>;

export const RegistrationConnection = ConnectionType<Registration>('Registration', () => Registration);
export type RegistrationConnection = InstanceType<typeof RegistrationConnection>;

export const InterventionAreaConnection = ConnectionType<InterventionArea>('InterventionArea', () => InterventionArea);
export type InterventionAreaConnection = InstanceType<typeof InterventionAreaConnection>;

export const AidRecordConnection = ConnectionType<AidRecord>('AidRecord', () => AidRecord);
export type AidRecordConnection = InstanceType<typeof AidRecordConnection>;

export { AidRecord };

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
  @Field(() => [CountryCodeScalar], { nullable: true, description: 'Country of origin.' })
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

  @Field({ nullable: true })
  @IsOptional()
  includeSynthetic?: boolean;
}

export enum AidGrouping {
  YEAR = 'YEAR',
  SECTOR = 'SECTOR',
  PROVINCE = 'PROVINCE',
  COUNTRY = 'COUNTRY',
}
registerEnumType(AidGrouping, { name: 'AidGrouping', description: 'How to group aid: by year, sector, province (in the geography of a date) or country of origin.' });

@ObjectType({ description: 'Aid computed from the directory’s own records (never a reported figure).' })
export class AidTotal {
  @Field({ description: 'The group: a year, a sector key, a province key or a country code (“unknown” where not recorded).' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  amountUsd!: number;

  @Field(() => Int, { description: 'Aid records summed.' })
  records!: number;

  @Field(() => Int, { description: 'Distinct NGOs.' })
  ngos!: number;
}

@ObjectType()
export class NgoCount {
  @Field({ description: 'A country code or a sector key.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int)
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

  @Field(() => Province)
  from!: Province | Promise<Province | null>;

  @Field(() => Province)
  to!: Province | Promise<Province | null>;

  @Field(() => Sector, { nullable: true })
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
registerEnumType(OutOfAreaKind, { name: 'OutOfAreaKind' });

@ObjectType({ description: 'Activity of an NGO outside the provinces or sectors it is registered for (compared in today’s geography).' })
export class OutOfAreaActivity {
  @Field(() => Organization)
  organization!: Organization | Promise<Organization | null>;

  @Field(() => OutOfAreaKind)
  kind!: OutOfAreaKind;

  @Field(() => ID, { description: 'The aid record or event.' })
  recordId!: string;

  @Field(() => Province, { nullable: true })
  province!: Province | null | Promise<Province | null>;

  @Field(() => Sector, { nullable: true })
  sector!: Sector | null | Promise<Sector | null>;

  @Field({ description: 'Why it is flagged: PROVINCE (not registered there) or SECTOR (not in that sector there).' })
  reason!: string;
}

@ObjectType({ description: 'A registration that has expired or expires soon.' })
export class RegistrationAlert {
  @Field(() => Registration)
  registration!: Registration;

  @Field(() => Organization)
  organization!: Organization | Promise<Organization | null>;

  @Field(() => Int, { description: 'Days until expiry (negative: expired that many days ago).' })
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

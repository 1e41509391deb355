import { IsOptional } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountryCodeScalar, DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { Organization } from '../organization/organization.entity.js';
import { Province } from '../province/province.entity.js';
import { ReportedFigure } from '../reported-figure/reported-figure.entity.js';
import { DATE_ORDER } from '../reported-figure/reported-figure.order.js';
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

  @Field(() => [AidTotal], { description: 'Computed: aid by year from the directory’s aid records.' })
  aidByYear!: AidTotal[];

  @Field(() => [ReportedFigure], { description: `Reported: official figures about foreign NGOs and their aid, with source and date. ${DATE_ORDER}` })
  reported!: ReportedFigure[];
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

  @Field(() => [AreaChange])
  changes!: AreaChange[];
}

@ObjectType({ description: 'A remap run as recorded: who ran it, when, and what it moved.' })
export class RemapRun {
  @Field(() => ID, { description: 'The run’s global ID, as the remap answered it (`remapRun(id:)` reads it again).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Who ran it (token subject).' })
  actor!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it ran.' })
  at!: Date;

  @Field(() => [AreaRemap], { description: 'Every change it recorded, in order.' })
  changes!: AreaRemap[];
}

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

export { AidRecord };

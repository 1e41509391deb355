import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { today } from '../../relay/temporal.js';
import { isoDate, load, enteredBy } from '../../writes/inputs.js';
import { write } from '../../writes/write.js';
import { recordIdentifier } from '../identifier/identifier.mutations.js';
import { FNGO_REGISTRATION_SCHEME } from '../identifier/identifier.schemes.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { PROVINCE_ARGUMENT, PROVINCE_ON_DATE, provinceOfRecord } from '../province/geography.js';
import { Sector } from '../sector/sector.entity.js';
import { AidRecord } from './aid-record.entity.js';
import { InterventionArea } from './intervention-area.entity.js';
import { MAX_VALIDITY_YEARS, RegistrationType, RemapTarget } from './ngo.enums.js';
import { remapProvinces } from './province-remap.js';
import { RemapResult } from './ngo.types.js';
import { Registration } from './registration.entity.js';

@InputType({ description: 'A registration certificate of a foreign NGO (Decree 58/2022/ND-CP).' })
export class CreateRegistrationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => RegistrationType)
  type!: RegistrationType;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(100)
  number?: string;

  @Field(() => DateScalar)
  issuedOn!: Date | string;

  @Field(() => DateScalar)
  expiresOn!: Date | string;
}

@InputType({ description: 'A province and sector an NGO is registered for.' })
export class AddInterventionAreaInput {
  @Field(() => ID)
  organizationId!: string;

  @Field({ description: `The province: ${PROVINCE_ARGUMENT} (on provinceAsOf). ${PROVINCE_ON_DATE}.` })
  provinceKey!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date provinceKey is read on and must exist on (default today): give the date of a certificate issued before 1 July 2025 to record an area on a unit the merger abolished (`remapProvinces` moves it later).' })
  @IsOptional()
  provinceAsOf?: Date | string;

  @Field({ nullable: true, description: 'Sector key.' })
  @IsOptional()
  sectorKey?: string;
}

@InputType({ description: 'Aid an NGO gave in a year.' })
export class RecordAidInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int)
  @Min(1975)
  @Max(2100)
  year!: number;

  @Field(() => Float)
  @Min(0)
  amountUsd!: number;

  @Field({ nullable: true, description: `The province: ${PROVINCE_ARGUMENT} (the end of the year, or today for this year). It must have existed on some day of the year: a unit abolished before the year began, or formed after it ended (or after today), is refused with BAD_USER_INPUT naming the unit(s) that existed then.` })
  @IsOptional()
  provinceKey?: string;

  @Field({ nullable: true })
  @IsOptional()
  sectorKey?: string;
}

@ObjectType()
export class RegistrationPayload {
  @Field(() => Registration)
  registration!: Registration;
}

@ObjectType()
export class InterventionAreaPayload {
  @Field(() => InterventionArea)
  interventionArea!: InterventionArea;
}

@ObjectType()
export class AidRecordPayload {
  @Field(() => AidRecord)
  aidRecord!: AidRecord;
}

/** Whole years later; from 29 February to 28 February of a common year, as PostgreSQL's `+ interval` (and so the database check) counts. */
function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return `${year + years}-${iso.slice(5, 7)}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

async function foreignNgo(tx: EntityManager, id: string): Promise<Organization> {
  const organization = await load(tx, Organization, id, 'input.organizationId');
  if (organization.kind !== OrganizationKind.FOREIGN_NGO) throw badUserInput('Not a foreign NGO', [{ field: 'input.organizationId', message: 'must be a FOREIGN_NGO' }]);
  return organization;
}

async function byKey<T extends object>(tx: EntityManager, entity: new () => T, key: string | undefined, field: string): Promise<T | undefined> {
  if (!key) return undefined;
  const row = await tx.findOne(entity, { key } as never);
  if (!row) throw badUserInput(`Unknown key ${key}`, [{ field, message: 'no such key' }]);
  return row as T;
}

/** The secretariat (with PACCOM and the Committee for Foreign NGO Affairs) keeps NGO records. */
@Resolver()
export class NgoMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => RegistrationPayload, { description: 'Record a registration; longer than Decree 58 allows (3 years for an operation, 5 for a representative office) is refused.' })
  async createRegistration(@Arg('input', () => CreateRegistrationInput) input: CreateRegistrationInput, @Ctx() ctx: Context): Promise<RegistrationPayload> {
    const registration = await write(ctx, async (tx, audit) => {
      const organization = await foreignNgo(tx, input.organizationId);
      const issuedOn = isoDate(input.issuedOn);
      const expiresOn = isoDate(input.expiresOn);
      const max = MAX_VALIDITY_YEARS[input.type];
      if (expiresOn <= issuedOn) throw badUserInput('A registration must expire after it is issued', [{ field: 'input.expiresOn', message: 'must be after issuedOn' }]);
      if (max && expiresOn > addYears(issuedOn, max)) {
        throw badUserInput(`A ${input.type} registration is valid ${max} years at most (Decree 58/2022/ND-CP, Art. 9)`, [{ field: 'input.expiresOn', message: `at most ${addYears(issuedOn, max)}` }]);
      }
      const created = tx.create(Registration, { organization, type: input.type, number: input.number, issuedOn, expiresOn, sourceCitations: enteredBy(ctx) });
      audit.created(created);
      // The certificate's number identifies the NGO (Organization.identifiers, scheme LOCAL-VN-FNGO).
      if (input.number?.trim()) await recordIdentifier(tx, audit, organization, FNGO_REGISTRATION_SCHEME, input.number, created.sourceCitations, 'input.number');
      return created;
    });
    return Object.assign(new RegistrationPayload(), { registration });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => InterventionAreaPayload, { description: 'Register a province (and sector) an NGO may work in.' })
  async addInterventionArea(@Arg('input', () => AddInterventionAreaInput) input: AddInterventionAreaInput, @Ctx() ctx: Context): Promise<InterventionAreaPayload> {
    const interventionArea = await write(ctx, async (tx, audit) => {
      const organization = await foreignNgo(tx, input.organizationId);
      const province = await provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', from: input.provinceAsOf ? isoDate(input.provinceAsOf) : today() });
      const sector = await byKey(tx, Sector, input.sectorKey, 'input.sectorKey');
      const created = tx.create(InterventionArea, { organization, province, sector, sourceCitations: enteredBy(ctx) });
      audit.created(created);
      return created;
    });
    return Object.assign(new InterventionAreaPayload(), { interventionArea });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => RemapResult, { description: 'Moves intervention areas recorded against abolished provinces to their successors (one NGO, or all): `remapProvinces` with INTERVENTION_AREA only. Secretariat only.' })
  remapInterventionAreas(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | undefined,
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
  ): Promise<RemapResult> {
    return this.remapProvinces(ctx, organizationId, [RemapTarget.INTERVENTION_AREA], dryRun);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => RemapResult, {
    description:
      'Moves intervention areas, organizations and events still recorded against abolished provinces to their successors (those of one organization, or all), in one transaction, recording each change (see `remapRuns`) and auditing it. A unit whose successor kept its name counts as remapped already. Idempotent. Start with `dryRun: true` (the default) to see the changes. Secretariat only.',
  })
  remapProvinces(
    @Ctx() ctx: Context,
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only this organization’s areas, itself and the events it organised.' }) organizationId: string | undefined,
    @Arg('targets', () => [RemapTarget], { defaultValue: [RemapTarget.INTERVENTION_AREA, RemapTarget.ORGANIZATION, RemapTarget.EVENT] }) targets: RemapTarget[],
    @Arg('dryRun', () => Boolean, { defaultValue: true }) dryRun: boolean,
  ): Promise<RemapResult> {
    const scope = organizationId ? expectGlobalId(organizationId, 'Organization', 'organizationId') : null;
    // A dry run goes through the write unit too (the rate limit holds); it changes nothing, so it is not audited.
    return write(ctx, (tx, audit) => remapProvinces(ctx, tx, audit, { organizationId: scope, targets, dryRun, date: today() }));
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => AidRecordPayload, { description: 'Record aid an NGO gave in a year.' })
  async recordAid(@Arg('input', () => RecordAidInput) input: RecordAidInput, @Ctx() ctx: Context): Promise<AidRecordPayload> {
    const aidRecord = await write(ctx, async (tx, audit) => {
      const organization = await foreignNgo(tx, input.organizationId);
      // The year so far, for this year (or a year to come).
      const to = [`${input.year}-12-31`, today()].sort()[0];
      const from = [`${input.year}-01-01`, to].sort()[0];
      const created = tx.create(AidRecord, {
        organization, year: input.year, amountUsd: input.amountUsd,
        province: input.provinceKey ? await provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', from, to }) : undefined, sector: await byKey(tx, Sector, input.sectorKey, 'input.sectorKey'),
        sourceCitations: enteredBy(ctx),
      });
      audit.created(created);
      return created;
    });
    return Object.assign(new AidRecordPayload(), { aidRecord });
  }
}

import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { badUserInput, conflict, type FieldProblem } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { today } from '../../relay/temporal.js';
import { assign, cleared, current, deleteUnreferenced, misordered, RecordVersionInput, type Bound } from '../../writes/corrections.js';
import { isoDate, load, enteredBy } from '../../writes/inputs.js';
import { write } from '../../writes/write.js';
import { followRegistrationNumber, recordIdentifier } from '../identifier/identifier.mutations.js';
import { FNGO_REGISTRATION_SCHEME } from '../identifier/identifier.schemes.js';
import { Organization } from '../organization/organization.entity.js';
import { OrganizationKind } from '../organization/organization.enums.js';
import { PROVINCE_ARGUMENT, PROVINCE_ON_DATE, provinceOfRecord } from '../province/geography.js';
import { Province } from '../province/province.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { AidRecord } from './aid-record.entity.js';
import { InterventionArea } from './intervention-area.entity.js';
import { MAX_VALIDITY_YEARS, RegistrationType, RemapTarget } from './ngo.enums.js';
import { remapProvinces } from './province-remap.js';
import { RemapResult } from './ngo.types.js';
import { Registration } from './registration.entity.js';

@InputType({ description: 'A registration certificate of a foreign NGO (Decree 58/2022/ND-CP).' })
export class CreateRegistrationInput {
  @Field(() => ID, { description: 'The foreign NGO (an organization of kind FOREIGN_NGO; another kind is BAD_USER_INPUT).' })
  organizationId!: string;

  @Field(() => RegistrationType, { description: 'The kind of certificate; decides its maximum validity.' })
  type!: RegistrationType;

  @Field({ nullable: true, description: 'The certificate number (at most 100 characters). It is recorded as the NGO’s identifier in the LOCAL-VN-FNGO scheme too: a number another organization holds there is CONFLICT.' })
  @IsOptional()
  @MaxLength(100)
  number?: string;

  @Field(() => DateScalar, { description: 'The day the certificate was issued.' })
  issuedOn!: Date | string;

  @Field(() => DateScalar, { description: 'The expiry date: after issuedOn, and at most 3 years after it for an OPERATION, 5 for a REPRESENTATIVE_OFFICE (BAD_USER_INPUT otherwise).' })
  expiresOn!: Date | string;
}

@InputType({ description: 'A province and sector an NGO is registered for.' })
export class AddInterventionAreaInput {
  @Field(() => ID, { description: 'The foreign NGO (an organization of kind FOREIGN_NGO; another kind is BAD_USER_INPUT).' })
  organizationId!: string;

  @Field({ description: `The province: ${PROVINCE_ARGUMENT} (on provinceAsOf). ${PROVINCE_ON_DATE}.` })
  provinceKey!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date provinceKey is read on and must exist on (default today): give the date of a certificate issued before 1 July 2025 to record an area on a unit the merger abolished (`remapProvinces` moves it later).' })
  @IsOptional()
  provinceAsOf?: Date | string;

  @Field({ nullable: true, description: 'The sector key (`health-care`, ...; an unknown key is BAD_USER_INPUT); left out, the area covers every sector in the province.' })
  @IsOptional()
  sectorKey?: string;
}

@InputType({ description: 'Aid an NGO gave in a year.' })
export class RecordAidInput {
  @Field(() => ID, { description: 'The foreign NGO (an organization of kind FOREIGN_NGO; another kind is BAD_USER_INPUT).' })
  organizationId!: string;

  @Field(() => Int, { description: 'The year the aid was given (1975–2100).' })
  @Min(1975)
  @Max(2100)
  year!: number;

  @Field(() => Float, { description: 'The amount, in US dollars (0 or more).' })
  @Min(0)
  amountUsd!: number;

  @Field({ nullable: true, description: `The province: ${PROVINCE_ARGUMENT} (the end of the year, or today for this year). It must have existed on some day of the year: a unit abolished before the year began, or formed after it ended (or after today), is refused with BAD_USER_INPUT naming the unit(s) that existed then.` })
  @IsOptional()
  provinceKey?: string;

  @Field({ nullable: true, description: 'The sector key (`health-care`, ...; an unknown key is BAD_USER_INPUT); null when not known.' })
  @IsOptional()
  sectorKey?: string;
}

@InputType({ description: 'Correct a registration certificate. A field left out stays as it is; number may be cleared with null. The result must still be valid under Decree 58 (and a withdrawal stay within it).' })
export class UpdateRegistrationInput extends RecordVersionInput {
  @Field(() => RegistrationType, { nullable: true, description: 'The corrected kind of certificate; cannot be cleared.' })
  @IsOptional()
  type?: RegistrationType | null;

  @Field(() => String, { nullable: true, description: 'The corrected certificate number (at most 100 characters; null clears it); the NGO’s LOCAL-VN-FNGO identifier follows it.' })
  @IsOptional()
  @MaxLength(100)
  number?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The corrected day of issue; cannot be cleared.' })
  @IsOptional()
  issuedOn?: Date | string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The corrected expiry date; cannot be cleared.' })
  @IsOptional()
  expiresOn?: Date | string | null;
}

@InputType({ description: 'Withdraw a registration before it expires (the certificate is revoked or given up): it is kept on record, no longer valid after that day.' })
export class WithdrawRegistrationInput extends RecordVersionInput {
  @Field(() => DateScalar, { description: 'The day of the withdrawal: from its issue to its expiry.' })
  withdrawnOn!: Date | string;

  @Field({ nullable: true, description: 'Why it was withdrawn (the decision, its number).' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string;
}

@InputType({ description: 'Delete a registration recorded by mistake: refused (CONFLICT) while intervention areas refer to it.' })
export class DeleteRegistrationInput extends RecordVersionInput {}

@InputType({ description: 'Correct an intervention area: its province or sector (null: none). An NGO is registered once per province and sector (a duplicate gets CONFLICT).' })
export class UpdateInterventionAreaInput extends RecordVersionInput {
  @Field(() => String, { nullable: true, description: `The province: ${PROVINCE_ARGUMENT} (on provinceAsOf). ${PROVINCE_ON_DATE}. Cannot be cleared.` })
  @IsOptional()
  provinceKey?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the province (given, or the one recorded) is read on and must exist on (default today).' })
  @IsOptional()
  provinceAsOf?: Date | string;

  @Field(() => String, { nullable: true, description: 'Sector key.' })
  @IsOptional()
  sectorKey?: string | null;
}

@InputType({ description: 'Delete an intervention area recorded by mistake.' })
export class DeleteInterventionAreaInput extends RecordVersionInput {}

@InputType({ description: 'Correct an aid record. A field left out stays as it is; null clears provinceKey or sectorKey. The province must have existed on some day of the (new) year.' })
export class UpdateAidRecordInput extends RecordVersionInput {
  @Field(() => Int, { nullable: true, description: 'The corrected year (1975–2100); cannot be cleared.' })
  @IsOptional()
  @Min(1975)
  @Max(2100)
  year?: number | null;

  @Field(() => Float, { nullable: true, description: 'The corrected amount, in US dollars (0 or more); cannot be cleared.' })
  @IsOptional()
  @Min(0)
  amountUsd?: number | null;

  @Field(() => String, { nullable: true, description: `The province: ${PROVINCE_ARGUMENT}; a new year is checked against the province recorded, naming year.` })
  @IsOptional()
  provinceKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The corrected sector key (an unknown key is BAD_USER_INPUT); null clears it.' })
  @IsOptional()
  sectorKey?: string | null;
}

@InputType({ description: 'Delete an aid record entered by mistake.' })
export class DeleteAidRecordInput extends RecordVersionInput {}

@ObjectType({ description: 'A record of a foreign NGO deleted, and the NGO (to refetch its registrations, areas and aid).' })
export class DeleteNgoRecordPayload {
  @Field(() => ID, { description: 'The global ID the record had.' })
  deletedId!: string;

  @Field(() => Organization, { description: 'The NGO the record belonged to.' })
  organization!: Organization;
}

@ObjectType({ description: 'The result of recording, correcting or withdrawing a registration.' })
export class RegistrationPayload {
  @Field(() => Registration, { description: 'The registration as recorded, at its new version.' })
  registration!: Registration;
}

@ObjectType({ description: 'The result of adding or correcting an intervention area.' })
export class InterventionAreaPayload {
  @Field(() => InterventionArea, { description: 'The intervention area as recorded, at its new version.' })
  interventionArea!: InterventionArea;
}

@ObjectType({ description: 'The result of recording or correcting aid.' })
export class AidRecordPayload {
  @Field(() => AidRecord, { description: 'The aid record as recorded, at its new version.' })
  aidRecord!: AidRecord;
}

/** Whole years later; from 29 February to 28 February of a common year, as PostgreSQL's `+ interval` (and so the database check) counts. */
function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  return `${year + years}-${iso.slice(5, 7)}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * Decree 58/2022/ND-CP, Art. 9: a certificate expires after it is issued, within its type's maximum
 * validity. The problem names the expiry unless the call changes only the issue or the type.
 */
function validityProblem(type: { value: RegistrationType; sent: boolean }, issued: Bound, expires: Bound): [string, FieldProblem[]] | undefined {
  const order = misordered(issued, expires, { strictly: true });
  if (order) return ['A registration must expire after it is issued', [order]];
  const max = MAX_VALIDITY_YEARS[type.value];
  const latest = max && addYears(issued.day!, max);
  if (!latest || expires.day! <= latest) return undefined;
  const field = expires.sent || (!issued.sent && !type.sent) ? expires.field : issued.sent ? issued.field : 'input.type';
  const message = field === expires.field ? `at most ${latest}` : `valid ${max} years at most: it expires on ${expires.day}`;
  return [`A ${type.value} registration is valid ${max} years at most (Decree 58/2022/ND-CP, Art. 9)`, [{ field, message }]];
}

/** A withdrawal falls within the registration's validity. */
const withdrawalProblem = (issuedOn: Bound, withdrawnOn: Bound, expiresOn: Bound): FieldProblem | undefined =>
  misordered(issuedOn, withdrawnOn) ?? misordered(withdrawnOn, expiresOn);

/** The days of an aid year so far: all of it for a past year, up to today for this year (or a year to come). */
function aidYear(year: number): { from: string; to: string } {
  const to = [`${year}-12-31`, today()].sort()[0];
  return { from: [`${year}-01-01`, to].sort()[0], to };
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

/** Deletes a registration, an area or an aid record of an NGO (see deleteUnreferenced). */
function deleteNgoRecord(ctx: Context, entity: typeof Registration | typeof InterventionArea | typeof AidRecord, input: RecordVersionInput): Promise<DeleteNgoRecordPayload> {
  return write(ctx, async (tx, audit) => {
    const row: Registration | InterventionArea | AidRecord = await current<Registration | InterventionArea | AidRecord>(tx, entity, input, () => undefined, { lock: true });
    const deletedId = await deleteUnreferenced(tx, audit, row);
    return Object.assign(new DeleteNgoRecordPayload(), { deletedId, organization: await tx.findOneOrFail(Organization, row.organization.id) });
  });
}

/** The secretariat (with PACCOM and the Committee for Foreign NGO Affairs) keeps NGO records. */
@Resolver()
export class NgoMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => RegistrationPayload, { description: 'Record a registration certificate of a foreign NGO. One longer than Decree 58 allows (3 years for an operation, 5 for a representative office), or expiring before it is issued, is refused with BAD_USER_INPUT; a number another organization holds is CONFLICT. Secretariat only.' })
  async createRegistration(@Arg('input', () => CreateRegistrationInput, { description: 'The certificate to record.' }) input: CreateRegistrationInput, @Ctx() ctx: Context): Promise<RegistrationPayload> {
    const registration = await write(ctx, async (tx, audit) => {
      const organization = await foreignNgo(tx, input.organizationId);
      const issuedOn = isoDate(input.issuedOn);
      const expiresOn = isoDate(input.expiresOn);
      const invalid = validityProblem({ value: input.type, sent: true }, { day: issuedOn, field: 'input.issuedOn', sent: true }, { day: expiresOn, field: 'input.expiresOn', sent: true });
      if (invalid) throw badUserInput(...invalid);
      const created = tx.create(Registration, { organization, type: input.type, number: input.number, issuedOn, expiresOn, sourceCitations: enteredBy(ctx) });
      audit.created(created);
      // The certificate's number identifies the NGO (Organization.identifiers, scheme LOCAL-VN-FNGO).
      if (input.number?.trim()) await recordIdentifier(tx, audit, organization, FNGO_REGISTRATION_SCHEME, input.number, created.sourceCitations, 'input.number');
      return created;
    });
    return Object.assign(new RegistrationPayload(), { registration });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => InterventionAreaPayload, { description: 'Register a province (and sector) a foreign NGO may work in. A province that did not exist on provinceAsOf, an unknown sector or an organization that is not a foreign NGO is BAD_USER_INPUT; the same province and sector again is CONFLICT. Secretariat only.' })
  async addInterventionArea(@Arg('input', () => AddInterventionAreaInput, { description: 'The NGO, province and sector.' }) input: AddInterventionAreaInput, @Ctx() ctx: Context): Promise<InterventionAreaPayload> {
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
    @Arg('organizationId', () => ID, { nullable: true, description: 'Only this NGO’s intervention areas (default: every NGO’s).' }) organizationId: string | undefined,
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'True (the default): change nothing, answer what a run would change.' }) dryRun: boolean,
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
    @Arg('targets', () => [RemapTarget], { defaultValue: [RemapTarget.INTERVENTION_AREA, RemapTarget.ORGANIZATION, RemapTarget.EVENT], description: 'The kinds of record to move (default: all three).' }) targets: RemapTarget[],
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'True (the default): change nothing, answer what a run would change.' }) dryRun: boolean,
  ): Promise<RemapResult> {
    const scope = organizationId ? expectGlobalId(organizationId, 'Organization', 'organizationId') : null;
    // A dry run goes through the write unit too (the rate limit holds); it changes nothing, so it is not audited.
    return write(ctx, (tx, audit) => remapProvinces(ctx, tx, audit, { organizationId: scope, targets, dryRun, date: today() }));
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => AidRecordPayload, { description: 'Record aid a foreign NGO gave in a year, in US dollars. A province that existed on no day of the year, an unknown sector or an organization that is not a foreign NGO is BAD_USER_INPUT. Secretariat only.' })
  async recordAid(@Arg('input', () => RecordAidInput, { description: 'The NGO, year, amount, and where and in what the aid went.' }) input: RecordAidInput, @Ctx() ctx: Context): Promise<AidRecordPayload> {
    const aidRecord = await write(ctx, async (tx, audit) => {
      const organization = await foreignNgo(tx, input.organizationId);
      const created = tx.create(AidRecord, {
        organization, year: input.year, amountUsd: input.amountUsd,
        province: input.provinceKey ? await provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', ...aidYear(input.year) }) : undefined, sector: await byKey(tx, Sector, input.sectorKey, 'input.sectorKey'),
        sourceCitations: enteredBy(ctx),
      });
      audit.created(created);
      return created;
    });
    return Object.assign(new AidRecordPayload(), { aidRecord });
  }
  @Authorized('SECRETARIAT')
  @Mutation(() => RegistrationPayload, { description: 'Correct a registration, with the version you read: longer than Decree 58 allows is refused, naming the field sent. Secretariat only.' })
  async updateRegistration(@Arg('input', () => UpdateRegistrationInput, { description: 'The registration, the version you read, and the fields to correct.' }) input: UpdateRegistrationInput, @Ctx() ctx: Context): Promise<RegistrationPayload> {
    const registration = await write(ctx, async (tx, audit) => {
      const row = await current(tx, Registration, input, () => undefined);
      const problems = cleared(input, ['type', 'issuedOn', 'expiresOn']);
      if (problems.length) throw badUserInput('The registration is not valid', problems);
      const type = input.type ?? row.type;
      const issuedOn: Bound = { day: input.issuedOn ? isoDate(input.issuedOn) : row.issuedOn, field: 'input.issuedOn', sent: Boolean(input.issuedOn) };
      const expiresOn: Bound = { day: input.expiresOn ? isoDate(input.expiresOn) : row.expiresOn, field: 'input.expiresOn', sent: Boolean(input.expiresOn) };
      const invalid = validityProblem({ value: type, sent: Boolean(input.type) }, issuedOn, expiresOn);
      if (invalid) throw badUserInput(...invalid);
      const withdrawal = row.withdrawnOn ? withdrawalProblem(issuedOn, { day: row.withdrawnOn, field: 'input.withdrawnOn', sent: false }, expiresOn) : undefined;
      if (withdrawal) throw badUserInput(`It was withdrawn on ${row.withdrawnOn}, which must stay within its validity`, [withdrawal]);
      audit.updating(row);
      const number = row.number;
      assign(row, { type, number: input.number, issuedOn: issuedOn.day!, expiresOn: expiresOn.day! });
      // The certificate's number identifies the NGO: a corrected number corrects the identifier.
      if (input.number !== undefined) await followRegistrationNumber(tx, audit, await tx.findOneOrFail(Organization, row.organization.id), row, number, row.sourceCitations);
      return row;
    });
    return Object.assign(new RegistrationPayload(), { registration });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => RegistrationPayload, { description: 'Withdraw a registration on a day between its issue and its expiry, with the version you read: kept on record with withdrawnOn, it raises no alert any more. Refused with CONFLICT when withdrawn already. Secretariat only.' })
  async withdrawRegistration(@Arg('input', () => WithdrawRegistrationInput, { description: 'The registration, the version you read, and the day and reason of the withdrawal.' }) input: WithdrawRegistrationInput, @Ctx() ctx: Context): Promise<RegistrationPayload> {
    const registration = await write(ctx, async (tx, audit) => {
      const row = await current(tx, Registration, input, () => undefined);
      if (row.withdrawnOn) throw conflict(`The registration was withdrawn on ${row.withdrawnOn} already`);
      const withdrawnOn = isoDate(input.withdrawnOn);
      const problem = withdrawalProblem({ day: row.issuedOn, field: 'input.issuedOn', sent: false }, { day: withdrawnOn, field: 'input.withdrawnOn', sent: true }, { day: row.expiresOn, field: 'input.expiresOn', sent: false });
      if (problem) throw badUserInput('A registration is withdrawn while it is valid', [problem]);
      audit.updating(row);
      Object.assign(row, { withdrawnOn, withdrawalReason: input.reason });
      return row;
    });
    return Object.assign(new RegistrationPayload(), { registration });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => DeleteNgoRecordPayload, { description: 'Delete a registration recorded by mistake (withdraw one that was revoked). Refused with CONFLICT, naming them in `extensions.dependents`, while intervention areas refer to it. Secretariat only.' })
  deleteRegistration(@Arg('input', () => DeleteRegistrationInput, { description: 'The registration and the version you read.' }) input: DeleteRegistrationInput, @Ctx() ctx: Context): Promise<DeleteNgoRecordPayload> {
    return deleteNgoRecord(ctx, Registration, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => InterventionAreaPayload, { description: 'Correct an intervention area, with the version you read (stale: CONFLICT). The same province and sector as another area of the NGO is CONFLICT. Secretariat only.' })
  async updateInterventionArea(@Arg('input', () => UpdateInterventionAreaInput, { description: 'The intervention area, the version you read, and the fields to correct.' }) input: UpdateInterventionAreaInput, @Ctx() ctx: Context): Promise<InterventionAreaPayload> {
    const interventionArea = await write(ctx, async (tx, audit) => {
      const row = await current(tx, InterventionArea, input, () => undefined);
      const problems = cleared(input, ['provinceKey']);
      if (problems.length) throw badUserInput('The intervention area is not valid', problems);
      const asOf = input.provinceAsOf ? isoDate(input.provinceAsOf) : today();
      const key = input.provinceKey ?? (input.provinceAsOf ? (await tx.findOneOrFail(Province, row.province.id)).key : undefined);
      const province = key === undefined ? undefined : await provinceOfRecord(tx, key, { field: 'input.provinceKey', from: asOf });
      const sector = input.sectorKey === null ? null : await byKey(tx, Sector, input.sectorKey, 'input.sectorKey');
      audit.updating(row);
      assign(row, { province: ref(province), sector: ref(sector) });
      return row;
    });
    return Object.assign(new InterventionAreaPayload(), { interventionArea });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => DeleteNgoRecordPayload, { description: 'Delete an intervention area recorded by mistake. Secretariat only.' })
  deleteInterventionArea(@Arg('input', () => DeleteInterventionAreaInput, { description: 'The intervention area and the version you read.' }) input: DeleteInterventionAreaInput, @Ctx() ctx: Context): Promise<DeleteNgoRecordPayload> {
    return deleteNgoRecord(ctx, InterventionArea, input);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => AidRecordPayload, { description: 'Correct an aid record, with the version you read (stale: CONFLICT). A province that existed on no day of the (new) year is BAD_USER_INPUT. Secretariat only.' })
  async updateAidRecord(@Arg('input', () => UpdateAidRecordInput, { description: 'The aid record, the version you read, and the fields to correct.' }) input: UpdateAidRecordInput, @Ctx() ctx: Context): Promise<AidRecordPayload> {
    const aidRecord = await write(ctx, async (tx, audit) => {
      const row = await current(tx, AidRecord, input, () => undefined);
      const problems = cleared(input, ['year', 'amountUsd']);
      if (problems.length) throw badUserInput('The aid record is not valid', problems);
      const days = aidYear(input.year ?? row.year);
      let province: Province | null | undefined = input.provinceKey === null ? null : undefined;
      if (input.provinceKey) province = await provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', ...days });
      else if (input.year && input.provinceKey === undefined && row.province) province = await provinceOfRecord(tx, (await tx.findOneOrFail(Province, row.province.id)).key, { field: 'input.year', ...days });
      const sector = input.sectorKey === null ? null : await byKey(tx, Sector, input.sectorKey, 'input.sectorKey');
      audit.updating(row);
      assign(row, { year: input.year, amountUsd: input.amountUsd, province: ref(province), sector: ref(sector) });
      return row;
    });
    return Object.assign(new AidRecordPayload(), { aidRecord });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => DeleteNgoRecordPayload, { description: 'Delete an aid record entered by mistake. Secretariat only.' })
  deleteAidRecord(@Arg('input', () => DeleteAidRecordInput, { description: 'The aid record and the version you read.' }) input: DeleteAidRecordInput, @Ctx() ctx: Context): Promise<DeleteNgoRecordPayload> {
    return deleteNgoRecord(ctx, AidRecord, input);
  }
}

import { Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, IsUrl, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput, forbidden } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { today } from '../../relay/temporal.js';
import { assertVersion, isoDate, load, enteredBy, NotBlank } from '../../writes/inputs.js';
import { cleared } from '../../writes/corrections.js';
import { assertMayWrite } from './organization.rights.js';
import { write } from '../../writes/write.js';
import { Country } from '../country/country.entity.js';
import { PROVINCE_ARGUMENT, PROVINCE_ON_DATE, provinceOfRecord } from '../province/geography.js';
import { OrganizationCountry } from './organization-country.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationKind, OrganizationStatus } from './organization.enums.js';

/** The longest name the name columns hold (varchar(255)): a longer one is refused naming its field. */
const NAME_LENGTH = 255;

@InputType({ description: 'A new organization. Editors may add branches under their own organization; the secretariat anything.' })
export class CreateOrganizationInput {
  @Field(() => OrganizationKind, { description: 'What the organization is; decides its concrete type.' })
  kind!: OrganizationKind;

  @Field({ nullable: true, description: 'Name in Vietnamese, with diacritics (at most 255 characters). At least one of nameVi, nameEn and nameFr is needed (BAD_USER_INPUT otherwise).' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  @NotBlank()
  nameVi?: string;

  @Field({ nullable: true, description: 'Name in English (at most 255 characters).' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  @NotBlank()
  nameEn?: string;

  @Field({ nullable: true, description: 'Name in French, where known.' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  @NotBlank()
  nameFr?: string;

  @Field({ nullable: true, description: 'Abbreviation or acronym (at most 40 characters).' })
  @IsOptional()
  @MaxLength(40)
  abbreviation?: string;

  @Field(() => ID, { nullable: true, description: 'The organization this one belongs to (an association, for a provincial branch). An editor must give its own organization: editors add branches of it only (FORBIDDEN otherwise).' })
  @IsOptional()
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'The organization this one is a member of (a friendship association or provincial union: the Union). Secretariat only.' })
  @IsOptional()
  memberOfId?: string;

  @Field(() => [CountryCodeScalar], { defaultValue: [], description: 'Countries the organization is about (ISO 3166-1 alpha-2 codes, any case; default none). A code not in the directory is refused with BAD_USER_INPUT.' })
  countryCodes!: string[];

  @Field({ nullable: true, description: `Where a local organization is: ${PROVINCE_ARGUMENT} (on provinceAsOf). ${PROVINCE_ON_DATE}.` })
  @IsOptional()
  provinceKey?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date provinceKey is read on and must exist on (default today): give a date before 1 July 2025 to record an organization on a unit abolished by the merger.' })
  @IsOptional()
  provinceAsOf?: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'Founding date (recorded as known to the day); null when not known.' })
  @IsOptional()
  foundedOn?: Date | string;

  @Field({ nullable: true, description: 'Website address (a URL).' })
  @IsOptional()
  @IsUrl()
  website?: string;
}

@InputType({ description: 'Change an organization’s names, status or website (with the version you read).' })
export class UpdateOrganizationInput {
  @Field(() => ID, { description: 'The global ID of the organization.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT), and nothing is changed.' })
  version!: number;

  @Field({ nullable: true, description: 'New name in Vietnamese, with diacritics (at most 255 characters); left out, it stays as it is.' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  @NotBlank()
  nameVi?: string;

  @Field({ nullable: true, description: 'New name in English (at most 255 characters); left out, it stays as it is.' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  @NotBlank()
  nameEn?: string;

  @Field({ nullable: true, description: 'Name in French, where known.' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  @NotBlank()
  nameFr?: string;

  @Field(() => OrganizationStatus, { nullable: true, description: 'New status; left out, it stays as it is; cannot be cleared (null is BAD_USER_INPUT).' })
  @IsOptional()
  status?: OrganizationStatus;

  @Field({ nullable: true, description: 'New website address (a URL); left out, it stays as it is.' })
  @IsOptional()
  @IsUrl()
  website?: string;

  @Field({ nullable: true, description: 'New description, in free text (at most 5000 characters); left out, it stays as it is.' })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The organization this one is a member of (the Union, for a member association or provincial union). Secretariat only; `null` ends the membership.' })
  @IsOptional()
  memberOfId?: string | null;
}

@ObjectType({ description: 'The result of creating or updating an organization.' })
export class OrganizationPayload {
  @Field(() => Organization, { description: 'The organization as recorded, at its new version.' })
  organization!: Organization;
}

/** Membership of another organization (of the Union) is the secretariat's to record. */
async function memberOfFor(ctx: Context, tx: EntityManager, memberOfId: string): Promise<Organization> {
  if (ctx.viewer.role !== 'SECRETARIAT') throw forbidden('Only the secretariat records which organization another is a member of');
  return load(tx, Organization, memberOfId, 'input.memberOfId');
}

@Resolver()
export class OrganizationMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => OrganizationPayload, { description: 'Create an organization: the secretariat any; an association editor only a branch of its own organization (FORBIDDEN otherwise), and memberOfId is the secretariat’s alone (FORBIDDEN). An unknown parentId or memberOfId is NOT_FOUND; no name, an unknown country or a province that did not exist on provinceAsOf is BAD_USER_INPUT.' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput, { description: 'The organization to create.' }) input: CreateOrganizationInput, @Ctx() ctx: Context): Promise<OrganizationPayload> {
    const organization = await write(ctx, async (tx, audit) => {
      const parent = input.parentId ? await load(tx, Organization, input.parentId, 'input.parentId') : undefined;
      // An editor may only add branches under their own organization.
      if (ctx.viewer.role !== 'SECRETARIAT' && (!parent || parent.id !== ctx.viewer.organizationId)) throw forbidden('Editors may only add branches of their own organization');
      if (!input.nameVi && !input.nameEn && !input.nameFr) throw badUserInput('A name is needed', [{ field: 'input.nameVi', message: 'give nameVi, nameEn or nameFr' }]);
      const countries = input.countryCodes.length ? await tx.find(Country, { code: { $in: input.countryCodes.map((c) => c.toUpperCase()) } }) : [];
      if (countries.length !== new Set(input.countryCodes.map((c) => c.toUpperCase())).size) throw badUserInput('Unknown country', [{ field: 'input.countryCodes', message: 'not in the directory' }]);
      const memberOf = input.memberOfId ? await memberOfFor(ctx, tx, input.memberOfId) : undefined;
      const province = input.provinceKey ? await provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', from: input.provinceAsOf ? isoDate(input.provinceAsOf) : today() }) : null;
      const created = tx.create(Organization, {
        kind: input.kind, nameVi: input.nameVi, nameEn: input.nameEn, nameFr: input.nameFr, abbreviation: input.abbreviation, parent, memberOf, province: province ?? undefined,
        foundedOn: input.foundedOn ? PartialDate.parse(isoDate(input.foundedOn)) : undefined, website: input.website,
        sourceCitations: enteredBy(ctx),
      });
      for (const country of countries) tx.create(OrganizationCountry, { organization: created, country });
      audit.created(created);
      return created;
    });
    return Object.assign(new OrganizationPayload(), { organization });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => OrganizationPayload, { description: 'Change an organization’s names, status, website, description or membership, with the version you read (stale: CONFLICT). The secretariat may change any; an association editor its own organization and its branches (FORBIDDEN otherwise), but not memberOfId. An organization cannot be a member of itself (BAD_USER_INPUT).' })
  async updateOrganization(@Arg('input', () => UpdateOrganizationInput, { description: 'The organization, the version you read, and the fields to change.' }) input: UpdateOrganizationInput, @Ctx() ctx: Context): Promise<OrganizationPayload> {
    const organization = await write(ctx, async (tx, audit) => {
      const row = await load(tx, Organization, input.id, 'input.id');
      assertMayWrite(ctx, row);
      assertVersion(row, input.version);
      const problems = cleared(input, ['status']);
      const names = { nameVi: row.nameVi, nameEn: row.nameEn, nameFr: row.nameFr, ...Object.fromEntries((['nameVi', 'nameEn', 'nameFr'] as const).filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) };
      if (!names.nameVi && !names.nameEn && !names.nameFr) problems.push({ field: 'input.nameVi', message: 'an organization keeps at least one of nameVi, nameEn and nameFr' });
      if (problems.length) throw badUserInput('The organization cannot go without this', problems);
      // Ending a membership of the Union is as much the secretariat's as recording one.
      if (input.memberOfId === null && ctx.viewer.role !== 'SECRETARIAT') throw forbidden('Only the secretariat records which organization another is a member of');
      audit.updating(row);
      for (const key of ['nameVi', 'nameEn', 'nameFr', 'status', 'website', 'description'] as const) {
        if (input[key] !== undefined) (row as unknown as Record<string, unknown>)[key] = input[key];
      }
      if (input.memberOfId !== undefined) {
        if (input.memberOfId === input.id) throw badUserInput('An organization cannot be a member of itself', [{ field: 'input.memberOfId', message: 'is the organization itself' }]);
        row.memberOf = input.memberOfId === null ? undefined : Reference.create(await memberOfFor(ctx, tx, input.memberOfId));
      }
      row.refreshNames();
      return row;
    });
    return Object.assign(new OrganizationPayload(), { organization });
  }
}

import { Reference } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, IsUrl, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput, forbidden } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { today } from '../../relay/temporal.js';
import { assertVersion, isoDate, load, enteredBy } from '../../writes/inputs.js';
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
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameVi?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameEn?: string;

  @Field({ nullable: true, description: 'Name in French, where known.' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameFr?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(40)
  abbreviation?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentId?: string;

  @Field(() => ID, { nullable: true, description: 'The organization this one is a member of (a friendship association or provincial union: the Union). Secretariat only.' })
  @IsOptional()
  memberOfId?: string;

  @Field(() => [CountryCodeScalar], { defaultValue: [] })
  countryCodes!: string[];

  @Field({ nullable: true, description: `Where a local organization is: ${PROVINCE_ARGUMENT} (on provinceAsOf). ${PROVINCE_ON_DATE}.` })
  @IsOptional()
  provinceKey?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date provinceKey is read on and must exist on (default today): give a date before 1 July 2025 to record an organization on a unit abolished by the merger.' })
  @IsOptional()
  provinceAsOf?: Date | string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  foundedOn?: Date | string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl()
  website?: string;
}

@InputType({ description: 'Change an organization’s names, status or website (with the version you read).' })
export class UpdateOrganizationInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameVi?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameEn?: string;

  @Field({ nullable: true, description: 'Name in French, where known.' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameFr?: string;

  @Field(() => OrganizationStatus, { nullable: true })
  @IsOptional()
  status?: OrganizationStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl()
  website?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The organization this one is a member of (the Union, for a member association or provincial union). Secretariat only; `null` ends the membership.' })
  @IsOptional()
  memberOfId?: string | null;
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization)
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
  @Mutation(() => OrganizationPayload)
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: Context): Promise<OrganizationPayload> {
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
  @Mutation(() => OrganizationPayload)
  async updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() ctx: Context): Promise<OrganizationPayload> {
    const organization = await write(ctx, async (tx, audit) => {
      const row = await load(tx, Organization, input.id, 'input.id');
      assertMayWrite(ctx, row);
      assertVersion(row, input.version);
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

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
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;
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
      const province = input.provinceKey ? await provinceOfRecord(tx, input.provinceKey, { field: 'input.provinceKey', from: input.provinceAsOf ? isoDate(input.provinceAsOf) : today() }) : null;
      const created = tx.create(Organization, {
        kind: input.kind, nameVi: input.nameVi, nameEn: input.nameEn, nameFr: input.nameFr, abbreviation: input.abbreviation, parent, province: province ?? undefined,
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
      row.refreshNames();
      return row;
    });
    return Object.assign(new OrganizationPayload(), { organization });
  }
}

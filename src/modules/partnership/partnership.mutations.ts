import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput, type FieldProblem } from '../../errors/errors.js';
import { cleared } from '../../writes/corrections.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { assertVersion, isoDate, load, enteredBy } from '../../writes/inputs.js';
import { assertMayWrite, writableOrganization } from '../organization/organization.rights.js';
import { write } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Sector } from '../sector/sector.entity.js';
import { PartnershipKind, PartnershipStatus } from './partnership.enums.js';
import { PartnershipSector } from './partnership-sector.entity.js';
import { Partnership } from './partnership.entity.js';

@InputType({ description: 'A new partnership of an organization with a partner organization or person.' })
export class CreatePartnershipInput {
  @Field(() => ID, { description: 'The organization of the network that holds the partnership: for an editor, its own organization or one of its branches (FORBIDDEN otherwise).' })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'The partner, when an organization (give this or partnerPersonId).' })
  @IsOptional()
  partnerOrganizationId?: string;

  @Field(() => ID, { nullable: true, description: 'The partner, when a person (give this or partnerOrganizationId).' })
  @IsOptional()
  partnerPersonId?: string;

  @Field(() => PartnershipKind, { description: 'A traditional partner, or a new one.' })
  kind!: PartnershipKind;

  @Field(() => PartnershipStatus, { defaultValue: PartnershipStatus.PROSPECT, description: 'Where it stands (default PROSPECT).' })
  status!: PartnershipStatus;

  @Field(() => [String], { defaultValue: [], description: 'Keys of the sectors it works in (`health-care`, ...; default none); an unknown key is BAD_USER_INPUT.' })
  sectorKeys!: string[];

  @Field(() => DateScalar, { nullable: true, description: 'The day it began; null when not known.' })
  @IsOptional()
  since?: Date | string;

  @Field({ nullable: true, description: 'Notes, in free text (at most 2000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string;
}

@InputType({ description: 'Change a partnership’s status or end it.' })
export class UpdatePartnershipInput {
  @Field(() => ID, { description: 'The global ID of the partnership.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT), and nothing is changed.' })
  version!: number;

  @Field(() => PartnershipStatus, { nullable: true, description: 'The new status; left out, it stays as it is; cannot be cleared (null is BAD_USER_INPUT).' })
  @IsOptional()
  status?: PartnershipStatus;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ended: not before `since` (BAD_USER_INPUT); left out, it stays as it is.' })
  @IsOptional()
  until?: Date | string;

  @Field({ nullable: true, description: 'New notes, in free text (at most 2000 characters); left out, they stay as they are.' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string;
}

@ObjectType({ description: 'The result of recording or updating a partnership.' })
export class PartnershipPayload {
  @Field(() => Partnership, { description: 'The partnership as recorded, at its new version.' })
  partnership!: Partnership;
}

@Resolver()
export class PartnershipMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => PartnershipPayload, { description: 'Record a partnership of your organization or one of its branches (or of any, for the secretariat; FORBIDDEN otherwise). Give exactly one partner, not the organization itself, and known sector keys (BAD_USER_INPUT otherwise); an unknown organization or partner is NOT_FOUND.' })
  async createPartnership(@Arg('input', () => CreatePartnershipInput, { description: 'The partnership to record.' }) input: CreatePartnershipInput, @Ctx() ctx: Context): Promise<PartnershipPayload> {
    const partnership = await write(ctx, async (tx, audit) => {
      const organization = await writableOrganization(tx, ctx, input.organizationId);
      const problems: FieldProblem[] = [];
      if (!input.partnerOrganizationId === !input.partnerPersonId) problems.push({ field: 'input.partnerOrganizationId', message: 'give exactly one of partnerOrganizationId and partnerPersonId' });
      const sectors = input.sectorKeys.length ? await tx.find(Sector, { key: { $in: input.sectorKeys } }) : [];
      if (sectors.length !== new Set(input.sectorKeys).size) problems.push({ field: 'input.sectorKeys', message: 'unknown sector key' });
      if (problems.length) throw badUserInput('The partnership is not valid', problems);
      const partnerOrganization = input.partnerOrganizationId ? await load(tx, Organization, input.partnerOrganizationId, 'input.partnerOrganizationId') : undefined;
      if (partnerOrganization?.id === organization.id) throw badUserInput('An organization cannot partner with itself', [{ field: 'input.partnerOrganizationId', message: 'same as organizationId' }]);
      const partnerPerson = input.partnerPersonId ? await load(tx, Person, input.partnerPersonId, 'input.partnerPersonId') : undefined;
      const created = tx.create(Partnership, {
        organization, partnerOrganization, partnerPerson, kind: input.kind, status: input.status, notes: input.notes,
        since: input.since ? PartialDate.parse(isoDate(input.since)) : undefined, sourceCitations: enteredBy(ctx),
      });
      for (const sector of sectors) tx.create(PartnershipSector, { partnership: created, sector });
      audit.created(created);
      return created;
    });
    return Object.assign(new PartnershipPayload(), { partnership });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => PartnershipPayload, { description: 'Update a partnership’s status, end date or notes, with the version you read (stale: CONFLICT): for your organization or its branches (or any, for the secretariat; FORBIDDEN otherwise).' })
  async updatePartnership(@Arg('input', () => UpdatePartnershipInput, { description: 'The partnership, the version you read, and the fields to change.' }) input: UpdatePartnershipInput, @Ctx() ctx: Context): Promise<PartnershipPayload> {
    const partnership = await write(ctx, async (tx, audit) => {
      const row = await load(tx, Partnership, input.id, 'input.id');
      assertMayWrite(ctx, await tx.findOneOrFail(Organization, row.organization.id));
      assertVersion(row, input.version);
      if (input.status === null) throw badUserInput('A partnership keeps a status', cleared(input, ['status']));
      const until = input.until ? isoDate(input.until) : undefined;
      if (until && row.since && until < row.since.start) throw badUserInput('The end is before the start', [{ field: 'input.until', message: `must not be before ${row.since.start}` }]);
      audit.updating(row);
      if (input.status) row.status = input.status;
      if (until) row.until = PartialDate.parse(until);
      if (input.notes !== undefined) row.notes = input.notes;
      return row;
    });
    return Object.assign(new PartnershipPayload(), { partnership });
  }
}

import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { AppError, ErrorCode, badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { assign, cleared, current, dateInput, deleteUnreferenced, misordered, RecordVersionInput } from '../../writes/corrections.js';
import { isoDate, load, enteredBy } from '../../writes/inputs.js';
import { violatedConstraint, withCause, write } from '../../writes/write.js';
import { countriesByCode } from '../country/country.lookup.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Role } from '../membership/membership.enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { ParliamentaryGroupCountry } from './parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

@InputType({ description: 'A new parliamentary friendship group of the National Assembly.' })
export class CreateParliamentaryGroupInput {
  @Field(() => Int, { description: 'The legislature (1–50; 15 for 2021–2026).' })
  @Min(1)
  @Max(50)
  legislature!: number;

  @Field({ description: 'The group’s name in English (at most 300 characters).' })
  @MaxLength(300)
  nameEn!: string;

  @Field(() => [CountryCodeScalar], { description: 'The country or countries the group is for (ISO 3166-1 alpha-2 codes, any case); one not in the directory is BAD_USER_INPUT.' })
  countryCodes!: string[];

  @Field(() => ID, { nullable: true, description: 'The friendship association of the same country the group works with.' })
  @IsOptional()
  coordinatingAssociationId?: string;
}

@InputType({ description: 'Correct a parliamentary group. A field left out stays as it is; null clears it (but legislature and nameEn).' })
export class UpdateParliamentaryGroupInput extends RecordVersionInput {
  @Field(() => Int, { nullable: true, description: 'The corrected legislature (1–50); cannot be cleared.' })
  @IsOptional()
  @Min(1)
  @Max(50)
  legislature?: number | null;

  @Field(() => String, { nullable: true, description: 'The corrected English name (at most 300 characters); cannot be cleared.' })
  @IsOptional()
  @MaxLength(300)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The region, for a regional group.' })
  @IsOptional()
  @MaxLength(300)
  regionName?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of deputies, as reported.' })
  @IsOptional()
  @Min(0)
  @Max(500)
  memberCount?: number | null;

  @Field(() => ID, { nullable: true, description: 'The friendship association the group works with; null clears it.' })
  @IsOptional()
  coordinatingAssociationId?: string | null;
}

@InputType({ description: 'Delete a parliamentary group recorded by mistake: refused (CONFLICT) while it has members on record.' })
export class DeleteParliamentaryGroupInput extends RecordVersionInput {}

@InputType({ description: 'A deputy’s new seat in a parliamentary friendship group.' })
export class AddGroupMemberInput {
  @Field(() => ID, { description: 'The parliamentary group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The deputy, a person already in the directory (`createPerson`).' })
  personId!: string;

  @Field(() => Role, { defaultValue: Role.MEMBER, description: 'The seat (default MEMBER): CHAIR, VICE_CHAIR or MEMBER. A CHAIR where the group has a sitting chair is CONFLICT.' })
  role!: Role;

  @Field(() => DateScalar, { nullable: true, description: 'The first day of the seat; null when not known.' })
  @IsOptional()
  startDate?: Date | string;
}

@InputType({ description: 'Correct a deputy’s seat in a group: the role, or the start (null: unknown). A group has one sitting chair.' })
export class UpdateGroupMembershipInput extends RecordVersionInput {
  @Field(() => Role, { nullable: true, description: 'The corrected seat (CHAIR, VICE_CHAIR or MEMBER); cannot be cleared.' })
  @IsOptional()
  role?: Role | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not after the end, where one is recorded.' })
  @IsOptional()
  startDate?: Date | string | null;
}

@InputType({ description: 'End a deputy’s seat in a group (the term ends, the deputy leaves): a chair ended frees the chair.' })
export class EndGroupMembershipInput extends RecordVersionInput {
  @Field(() => DateScalar, { description: 'The last day of the seat: not before its start.' })
  endDate!: Date | string;
}

@InputType({ description: 'Delete a seat in a group recorded by mistake.' })
export class DeleteGroupMembershipInput extends RecordVersionInput {}

@ObjectType({ description: 'The result of creating or correcting a parliamentary group.' })
export class ParliamentaryGroupPayload {
  @Field(() => ParliamentaryGroup, { description: 'The group as recorded, at its new version.' })
  group!: ParliamentaryGroup;
}

@ObjectType({ description: 'The result of adding, correcting or ending a deputy’s seat in a group.' })
export class GroupMembershipPayload {
  @Field(() => GroupMembership, { description: 'The seat as recorded, at its new version.' })
  membership!: GroupMembership;
}

@ObjectType({ description: 'A parliamentary group deleted.' })
export class DeleteParliamentaryGroupPayload {
  @Field(() => ID, { description: 'The global ID the group had.' })
  deletedId!: string;
}

@ObjectType({ description: 'A seat in a group deleted, and the group (to refetch its members).' })
export class DeleteGroupMembershipPayload {
  @Field(() => ID, { description: 'The global ID the seat had.' })
  deletedId!: string;

  @Field(() => ParliamentaryGroup, { description: 'The group the seat was in.' })
  group!: ParliamentaryGroup;
}

/** The unique index that holds one sitting chair per group (migration OneGroupChair). */
const ONE_CHAIR_INDEX = 'group_membership_one_chair';

const chairTaken = (group: ParliamentaryGroup) => new AppError(ErrorCode.CONFLICT, `${group.nameEn} already has a sitting chair: record the end of that chair's term first`, { role: Role.CHAIR, groupId: group.globalId });

/** Names the seat early; the unique index ONE_CHAIR_INDEX holds it under concurrency. */
async function assertChairFree(tx: EntityManager, group: ParliamentaryGroup, except?: GroupMembership): Promise<void> {
  if (await tx.count(GroupMembership, { group: group.id, role: Role.CHAIR, endDate: null, ...(except ? { id: { $ne: except.id } } : {}) })) throw chairTaken(group);
}

/** A write that may seat a chair: a concurrent one refused by ONE_CHAIR_INDEX is told which group's chair is taken. */
async function seatingAChair<T>(work: (seat: { group?: ParliamentaryGroup }) => Promise<T>): Promise<T> {
  const seat: { group?: ParliamentaryGroup } = {};
  try {
    return await work(seat);
  } catch (error) {
    if (seat.group && violatedConstraint(error) === ONE_CHAIR_INDEX) throw withCause(chairTaken(seat.group), error);
    throw error;
  }
}

/** A seat that ends before it starts: the problem, naming the day the caller sent. */
const seatProblem = (start: PartialDate | null | undefined, end: PartialDate | null | undefined, sent: { startDate: boolean; endDate: boolean }) =>
  misordered({ day: start?.start, field: 'input.startDate', sent: sent.startDate }, { day: end?.end, field: 'input.endDate', sent: sent.endDate });

const membershipPayload = (membership: GroupMembership) => Object.assign(new GroupMembershipPayload(), { membership });

/** National Assembly groups are the secretariat's to record. */
@Resolver()
export class StateRecordMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => ParliamentaryGroupPayload, { description: 'Record a parliamentary friendship group of a legislature. An unknown country is BAD_USER_INPUT, an unknown coordinating association NOT_FOUND. Secretariat only.' })
  async createParliamentaryGroup(@Arg('input', () => CreateParliamentaryGroupInput, { description: 'The group to record.' }) input: CreateParliamentaryGroupInput, @Ctx() ctx: Context): Promise<ParliamentaryGroupPayload> {
    const group = await write(ctx, async (tx, audit) => {
      const found = await countriesByCode(tx, input.countryCodes, 'input.countryCodes');
      const coordinatingAssociation = input.coordinatingAssociationId ? await load(tx, Organization, input.coordinatingAssociationId, 'input.coordinatingAssociationId') : undefined;
      const created = tx.create(ParliamentaryGroup, { legislature: input.legislature, nameEn: input.nameEn, coordinatingAssociation, sourceCitations: enteredBy(ctx) });
      for (const country of found) tx.create(ParliamentaryGroupCountry, { group: created, country });
      audit.created(created);
      return created;
    });
    return Object.assign(new ParliamentaryGroupPayload(), { group });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ParliamentaryGroupPayload, { description: 'Correct a parliamentary group, with the version you read. Secretariat only.' })
  async updateParliamentaryGroup(@Arg('input', () => UpdateParliamentaryGroupInput, { description: 'The group, the version you read, and the fields to correct.' }) input: UpdateParliamentaryGroupInput, @Ctx() ctx: Context): Promise<ParliamentaryGroupPayload> {
    const group = await write(ctx, async (tx, audit) => {
      const row = await current(tx, ParliamentaryGroup, input, () => undefined);
      const problems = cleared(input, ['legislature', 'nameEn']);
      if (problems.length) throw badUserInput('The group is not valid', problems);
      const coordinatingAssociation = input.coordinatingAssociationId == null ? input.coordinatingAssociationId : await load(tx, Organization, input.coordinatingAssociationId, 'input.coordinatingAssociationId');
      audit.updating(row);
      assign(row, { legislature: input.legislature, nameEn: input.nameEn, regionName: input.regionName, memberCount: input.memberCount, coordinatingAssociation: ref(coordinatingAssociation) });
      return row;
    });
    return Object.assign(new ParliamentaryGroupPayload(), { group });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => DeleteParliamentaryGroupPayload, { description: 'Delete a parliamentary group recorded by mistake. Refused with CONFLICT, naming them in `extensions.dependents`, while members are on record. Secretariat only.' })
  async deleteParliamentaryGroup(@Arg('input', () => DeleteParliamentaryGroupInput, { description: 'The group and the version you read.' }) input: DeleteParliamentaryGroupInput, @Ctx() ctx: Context): Promise<DeleteParliamentaryGroupPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, ParliamentaryGroup, input, () => undefined, { lock: true });
      return Object.assign(new DeleteParliamentaryGroupPayload(), { deletedId: await deleteUnreferenced(tx, audit, row) });
    });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => GroupMembershipPayload, { description: 'Seat a deputy in a parliamentary group. A CHAIR where the group has a sitting chair (one whose seat has no recorded end) is CONFLICT; an unknown group or person is NOT_FOUND. Secretariat only.' })
  addGroupMember(@Arg('input', () => AddGroupMemberInput, { description: 'The group, the deputy, the seat and its start.' }) input: AddGroupMemberInput, @Ctx() ctx: Context): Promise<GroupMembershipPayload> {
    return seatingAChair(async (seat) => {
      const membership = await write(ctx, async (tx, audit) => {
        const group = (seat.group = await load(tx, ParliamentaryGroup, input.groupId, 'input.groupId'));
        const person = await load(tx, Person, input.personId, 'input.personId');
        if (input.role === Role.CHAIR) await assertChairFree(tx, group);
        const created = tx.create(GroupMembership, { group, person, role: input.role, startDate: input.startDate ? PartialDate.parse(isoDate(input.startDate)) : undefined, sourceCitations: enteredBy(ctx) });
        audit.created(created);
        return created;
      });
      return membershipPayload(membership);
    });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => GroupMembershipPayload, { description: 'Correct a deputy’s seat in a group, with the version you read: a sitting member made CHAIR where the group has a sitting chair gets CONFLICT. Secretariat only.' })
  updateGroupMembership(@Arg('input', () => UpdateGroupMembershipInput, { description: 'The seat, the version you read, and the fields to correct.' }) input: UpdateGroupMembershipInput, @Ctx() ctx: Context): Promise<GroupMembershipPayload> {
    return seatingAChair(async (seat) => {
      const membership = await write(ctx, async (tx, audit) => {
        const row = await current(tx, GroupMembership, input, () => undefined);
        const problems = cleared(input, ['role']);
        const startDate = dateInput(input.startDate, row.startDate);
        const order = seatProblem(startDate, row.endDate, { startDate: input.startDate !== undefined, endDate: false });
        if (order) problems.push(order);
        if (problems.length) throw badUserInput('The seat is not valid', problems);
        if (input.role === Role.CHAIR && !row.endDate) await assertChairFree(tx, (seat.group = await tx.findOneOrFail(ParliamentaryGroup, row.group.id)), row);
        audit.updating(row);
        assign(row, { role: input.role, startDate });
        return row;
      });
      return membershipPayload(membership);
    });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => GroupMembershipPayload, { description: 'End a deputy’s seat in a group on a day, with the version you read. Secretariat only.' })
  async endGroupMembership(@Arg('input', () => EndGroupMembershipInput, { description: 'The seat, the version you read, and its last day.' }) input: EndGroupMembershipInput, @Ctx() ctx: Context): Promise<GroupMembershipPayload> {
    const membership = await write(ctx, async (tx, audit) => {
      const row = await current(tx, GroupMembership, input, () => undefined);
      const endDate = PartialDate.parse(isoDate(input.endDate));
      const order = seatProblem(row.startDate, endDate, { startDate: false, endDate: true });
      if (order) throw badUserInput('The seat ends before it starts', [order]);
      audit.updating(row);
      row.endDate = endDate;
      return row;
    });
    return membershipPayload(membership);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => DeleteGroupMembershipPayload, { description: 'Delete a seat in a group recorded by mistake (end one that ended). Secretariat only.' })
  async deleteGroupMembership(@Arg('input', () => DeleteGroupMembershipInput, { description: 'The seat and the version you read.' }) input: DeleteGroupMembershipInput, @Ctx() ctx: Context): Promise<DeleteGroupMembershipPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, GroupMembership, input, () => undefined, { lock: true });
      const deletedId = await deleteUnreferenced(tx, audit, row);
      return Object.assign(new DeleteGroupMembershipPayload(), { deletedId, group: await tx.findOneOrFail(ParliamentaryGroup, row.group.id) });
    });
  }
}

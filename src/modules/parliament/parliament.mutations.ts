import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { AppError, ErrorCode, badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { isoDate, load, enteredBy } from '../../writes/inputs.js';
import { violatedConstraint, withCause, write } from '../../writes/write.js';
import { countriesByCode } from '../country/country.lookup.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Role } from '../membership/membership.enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { ParliamentaryGroupCountry } from './parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

@InputType()
export class CreateParliamentaryGroupInput {
  @Field(() => Int)
  @Min(1)
  @Max(50)
  legislature!: number;

  @Field()
  @MaxLength(300)
  nameEn!: string;

  @Field(() => [CountryCodeScalar])
  countryCodes!: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  coordinatingAssociationId?: string;
}

@InputType()
export class AddGroupMemberInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => Role, { defaultValue: Role.MEMBER })
  role!: Role;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startDate?: Date | string;
}

@ObjectType()
export class ParliamentaryGroupPayload {
  @Field(() => ParliamentaryGroup)
  group!: ParliamentaryGroup;
}

@ObjectType()
export class GroupMembershipPayload {
  @Field(() => GroupMembership)
  membership!: GroupMembership;
}

/** The unique index that holds one sitting chair per group (migration OneGroupChair). */
const ONE_CHAIR_INDEX = 'group_membership_one_chair';

/** National Assembly groups are the secretariat's to record. */
@Resolver()
export class StateRecordMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => ParliamentaryGroupPayload)
  async createParliamentaryGroup(@Arg('input', () => CreateParliamentaryGroupInput) input: CreateParliamentaryGroupInput, @Ctx() ctx: Context): Promise<ParliamentaryGroupPayload> {
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
  @Mutation(() => GroupMembershipPayload)
  async addGroupMember(@Arg('input', () => AddGroupMemberInput) input: AddGroupMemberInput, @Ctx() ctx: Context): Promise<GroupMembershipPayload> {
    const chairTaken = (group: ParliamentaryGroup) => new AppError(ErrorCode.CONFLICT, `${group.nameEn} already has a sitting chair: record the end of that chair's term first`, { role: Role.CHAIR, groupId: group.globalId });
    let group: ParliamentaryGroup | undefined;
    try {
      const membership = await write(ctx, async (tx, audit) => {
        group = await load(tx, ParliamentaryGroup, input.groupId, 'input.groupId');
        const person = await load(tx, Person, input.personId, 'input.personId');
        // Names the seat early; the unique index group_membership_one_chair holds it under concurrency.
        if (input.role === Role.CHAIR && (await tx.count(GroupMembership, { group: group.id, role: Role.CHAIR, endDate: null }))) throw chairTaken(group);
        const created = tx.create(GroupMembership, { group, person, role: input.role, startDate: input.startDate ? PartialDate.parse(isoDate(input.startDate)) : undefined, sourceCitations: enteredBy(ctx) });
        audit.created(created);
        return created;
      });
      return Object.assign(new GroupMembershipPayload(), { membership });
    } catch (error) {
      if (group && violatedConstraint(error) === ONE_CHAIR_INDEX) throw withCause(chairTaken(group), error);
      throw error;
    }
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput, type FieldProblem } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { assertMayWrite, assertVersion, enteredBy, isoDate, load, writableOrganization } from '../../writes/inputs.js';
import { write, type AuditRecorder } from '../../writes/write.js';
import { Body } from '../body/body.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Membership } from './membership.entity.js';
import { Role, SINGLE_SEAT_ROLES } from './membership.enums.js';


@InputType({ description: 'Appoint a person to a role in an organization or one of its bodies.' })
export class AppointMemberInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'A body of the organization; omit for a role in the organization itself.' })
  @IsOptional()
  bodyId?: string;

  @Field(() => Role)
  role!: Role;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string;

  @Field(() => DateScalar)
  startDate!: Date | string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  endDate?: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'End of the elected term.' })
  @IsOptional()
  termEnd?: Date | string;
}

@InputType({ description: 'End a membership (a term ends, a member resigns).' })
export class EndMembershipInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT).' })
  version!: number;

  @Field(() => DateScalar)
  endDate!: Date | string;
}

@InputType({ description: 'End a membership and appoint a successor to the same role, in one transaction.' })
export class ReplaceMemberInput extends EndMembershipInput {
  @Field(() => ID)
  successorId!: string;
}

@ObjectType({ description: 'The membership as written, for the client’s cache.' })
export class MembershipPayload {
  @Field(() => Membership)
  membership!: Membership;
}

@ObjectType()
export class ReplaceMemberPayload {
  @Field(() => Membership)
  ended!: Membership;

  @Field(() => Membership)
  appointed!: Membership;
}

/** A single-seat role (president, secretary general, ...) may not be held by two people at once. */
async function checkSeatFree(tx: EntityManager, m: Membership): Promise<FieldProblem[]> {
  if (!SINGLE_SEAT_ROLES.has(m.role)) return [];
  const overlapping = await tx.count(Membership, {
    id: { $ne: m.id },
    role: m.role,
    organization: m.organization.id,
    body: m.body ? m.body.id : null,
    $and: [{ $or: [{ heldFrom: null }, { heldFrom: { $lte: m.heldUntil ?? '9999-12-31' } }] }, { $or: [{ heldUntil: null }, { heldUntil: { $gte: m.heldFrom ?? '0001-01-01' } }] }],
  });
  return overlapping ? [{ field: 'input.role', message: `another person holds ${m.role} over these dates` }] : [];
}

async function appoint(tx: EntityManager, ctx: Context, audit: AuditRecorder, input: AppointMemberInput): Promise<Membership> {
  const problems: FieldProblem[] = [];
  const organization = await writableOrganization(tx, ctx, input.organizationId);
  const person = await load(tx, Person, input.personId, 'input.personId');
  const body = input.bodyId ? await load(tx, Body, input.bodyId, 'input.bodyId') : null;
  if (body) {
    if (body.organization.id !== organization.id) problems.push({ field: 'input.bodyId', message: 'the body belongs to another organization' });
  }
  const start = isoDate(input.startDate);
  const end = input.endDate ? isoDate(input.endDate) : undefined;
  if (end && end < start) problems.push({ field: 'input.endDate', message: 'must not be before startDate' });
  if (input.termEnd && isoDate(input.termEnd) < start) problems.push({ field: 'input.termEnd', message: 'must not be before startDate' });
  if (problems.length) throw badUserInput('The appointment is not valid', problems);
  const membership = tx.create(Membership, {
    person, organization, body: body ?? undefined, role: input.role, title: input.title,
    startDate: PartialDate.parse(start), endDate: PartialDate.parse(end), termEnd: input.termEnd ? PartialDate.parse(isoDate(input.termEnd)) : undefined,
    sourceCitations: enteredBy(ctx),
  });
  membership.refreshSpan();
  const taken = await checkSeatFree(tx, membership);
  if (taken.length) throw badUserInput('The seat is taken', taken);
  audit.created(membership);
  return membership;
}

async function end(tx: EntityManager, ctx: Context, audit: AuditRecorder, input: EndMembershipInput): Promise<Membership> {
  const membership = await load(tx, Membership, input.id, 'input.id');
  assertMayWrite(ctx, await tx.findOneOrFail(Organization, membership.organization.id));
  assertVersion(membership, input.version);
  const day = isoDate(input.endDate);
  if (membership.heldFrom && day < membership.heldFrom) throw badUserInput('The end is before the start', [{ field: 'input.endDate', message: `must not be before ${membership.heldFrom}` }]);
  audit.updating(membership);
  membership.endDate = PartialDate.parse(day);
  membership.refreshSpan();
  return membership;
}

@Resolver()
export class MembershipMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => MembershipPayload, { description: 'Appoint a person to a role (secretariat, or an editor of the organization).' })
  async appointMember(@Arg('input', () => AppointMemberInput) input: AppointMemberInput, @Ctx() ctx: Context): Promise<MembershipPayload> {
    const membership = await write(ctx, (tx, audit) => appoint(tx, ctx, audit, input));
    return Object.assign(new MembershipPayload(), { membership });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => MembershipPayload, { description: 'End a membership on a date. Carries the version read; a stale one gets CONFLICT and changes nothing.' })
  async endMembership(@Arg('input', () => EndMembershipInput) input: EndMembershipInput, @Ctx() ctx: Context): Promise<MembershipPayload> {
    const membership = await write(ctx, (tx, audit) => end(tx, ctx, audit, input));
    return Object.assign(new MembershipPayload(), { membership });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => ReplaceMemberPayload, { description: 'End a membership and appoint a successor to the same role and body from the next day: both or neither.' })
  async replaceMember(@Arg('input', () => ReplaceMemberInput) input: ReplaceMemberInput, @Ctx() ctx: Context): Promise<ReplaceMemberPayload> {
    return write(ctx, async (tx, audit) => {
      const ended = await end(tx, ctx, audit, input);
      const next = new Date(Date.parse(`${isoDate(input.endDate)}T00:00:00Z`) + 86_400_000);
      const appointed = await appoint(tx, ctx, audit, {
        personId: input.successorId,
        organizationId: (await tx.findOneOrFail(Organization, ended.organization.id)).globalId,
        bodyId: ended.body ? (await tx.findOneOrFail(Body, ended.body.id)).globalId : undefined,
        role: ended.role,
        title: ended.title,
        startDate: next,
        termEnd: ended.termEnd?.end,
      });
      return Object.assign(new ReplaceMemberPayload(), { ended, appointed });
    });
  }
}

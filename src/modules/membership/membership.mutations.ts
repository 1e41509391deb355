import { FlushMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { AppError, badUserInput, ErrorCode, type FieldProblem } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { addDays } from '../../relay/temporal.js';
import { assertVersion, enteredBy, isoDate, load } from '../../writes/inputs.js';
import { assertMayWrite, writableOrganization } from '../organization/organization.rights.js';
import { violatedConstraint, withCause, write, type AuditRecorder } from '../../writes/write.js';
import { Body } from '../body/body.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Membership } from './membership.entity.js';
import { Role, SINGLE_SEAT_ROLES } from './membership.enums.js';


@InputType({ description: 'Appoint a person to a role in an organization or one of its bodies.' })
export class AppointMemberInput {
  @Field(() => ID, { description: 'The global ID of the person appointed.' })
  personId!: string;

  @Field(() => ID, { description: 'The global ID of the organization: for an editor, their own or one of its branches.' })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'A body of the organization; omit for a role in the organization itself.' })
  @IsOptional()
  bodyId?: string;

  @Field(() => Role, { description: 'The role held.' })
  role!: Role;

  @Field({ nullable: true, description: 'The title as the source writes it (e.g. "Vice-President cum Secretary General"), at most 200 characters.' })
  @IsOptional()
  @MaxLength(200)
  title?: string;

  @Field(() => DateScalar, { description: 'The first day in the role.' })
  startDate!: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day in the role, not before startDate; left out while it is open.' })
  @IsOptional()
  endDate?: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'End of the elected term, not before startDate. Left out (with no endDate), a post in a body with a term end takes the body’s term.' })
  @IsOptional()
  termEnd?: Date | string;
}

@InputType({ description: 'End a membership (a term ends, a member resigns).' })
export class EndMembershipInput {
  @Field(() => ID, { description: 'The global ID of the membership to end.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT).' })
  version!: number;

  @Field(() => DateScalar, { description: 'The last day in the role: not before its start. Moved later than the post’s current end, the days added must not overlap another holder of its single seat (CONFLICT).' })
  endDate!: Date | string;
}

@InputType({ description: 'End a membership and appoint a successor to the same role, in one transaction.' })
export class ReplaceMemberInput extends EndMembershipInput {
  @Field(() => ID, { description: 'The global ID of the successor (a Person), appointed from the day after endDate to the same role and body, with the same title and term end.' })
  successorId!: string;
}

@ObjectType({ description: 'The membership as written, for the client’s cache.' })
export class MembershipPayload {
  @Field(() => Membership, { description: 'The membership appointed or ended.' })
  membership!: Membership;
}

@ObjectType({ description: 'The membership ended and the successor’s, as written.' })
export class ReplaceMemberPayload {
  @Field(() => Membership, { description: 'The membership ended on endDate.' })
  ended!: Membership;

  @Field(() => Membership, { description: 'The successor’s membership, from the next day.' })
  appointed!: Membership;
}

/** The exclusion constraint that holds single-seat roles of a body (migration SingleSeat). */
const SINGLE_SEAT_CONSTRAINT = 'membership_single_seat';

/** A single-seat role of a body (or of the organization itself) over a span of days; null ends are open. */
interface Seat {
  organization: Organization;
  body: Body | null;
  role: Role;
  from: string | null;
  until: string | null;
  /** The membership being written, which does not compete with itself. */
  exceptId: string;
}

const seatOf = (m: Membership, organization: Organization, body: Body | null): Seat => ({ organization, body, role: m.role, from: m.heldFrom ?? null, until: m.heldUntil ?? null, exceptId: m.id });

/**
 * Who else holds the seat on any day of its span (both ends are days in office), earliest first. A post of
 * the organization's own seat with no date at all is held on no day (spansDay): it gives way, as in every
 * roster. A body's seat keeps the database's reading (SINGLE_SEAT_CONSTRAINT: an unknown start is open).
 */
function holderOf(em: EntityManager, seat: Seat): Promise<Membership | null> {
  const from = seat.body ? { $or: [{ heldFrom: null }, { heldFrom: { $lte: seat.until ?? '9999-12-31' } }] } : { heldFrom: { $ne: null, $lte: seat.until ?? '9999-12-31' } };
  return em.findOne(
    Membership,
    {
      id: { $ne: seat.exceptId },
      role: seat.role,
      organization: seat.organization.id,
      body: seat.body ? seat.body.id : null,
      $and: [from, { $or: [{ heldUntil: null }, { heldUntil: { $gte: seat.from ?? '0001-01-01' } }] }],
    },
    // Not auto-flushed: the appointment being checked must not reach the table (and its constraint) first.
    { populate: ['person'], orderBy: { heldFrom: 'asc', id: 'asc' }, flushMode: FlushMode.COMMIT },
  );
}

function seatTaken(seat: Seat, holder: Membership): AppError {
  const where = seat.body ? `the ${seat.body.nameEn ?? seat.body.nameVi ?? seat.body.kind} of ${seat.organization.name}` : seat.organization.name;
  const span = `from ${holder.heldFrom ?? 'an unknown date'} by ${holder.person.getEntity().fullName}${holder.heldUntil ? ` until ${holder.heldUntil}` : ''}`;
  return new AppError(ErrorCode.CONFLICT, `The seat of ${seat.role} of ${where} is already held ${span}`, {
    role: seat.role,
    organizationId: seat.organization.globalId,
    ...(seat.body ? { bodyId: seat.body.globalId } : {}),
    heldBy: holder.globalId,
  });
}

/**
 * A single-seat role (president, secretary general, ...) may not be held by two people at once. For a
 * body the database holds the rule (SINGLE_SEAT_CONSTRAINT; this check only names the holder early). A
 * role of the organization itself has no constraint (historical spans overlap), so appointments to it
 * are serialised with a transaction lock before the check.
 */
async function assertSeatFree(tx: EntityManager, seat: Seat): Promise<void> {
  if (!SINGLE_SEAT_ROLES.has(seat.role)) return;
  if (!seat.body) await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`seat:${seat.organization.id}:${seat.role}`]);
  const holder = await holderOf(tx, seat);
  if (holder) throw seatTaken(seat, holder);
}

/** A write refused by SINGLE_SEAT_CONSTRAINT (a concurrent appointment won the race) names the winner. */
async function explainSeatConflict(ctx: Context, error: unknown, seat: Seat | undefined): Promise<never> {
  if (seat && violatedConstraint(error) === SINGLE_SEAT_CONSTRAINT) {
    const holder = await holderOf(ctx.em.fork(), seat);
    if (holder) throw withCause(seatTaken(seat, holder), (error as Error).cause);
  }
  throw error;
}

/** `seat` receives the seat being filled, so that a refusal by the database can be explained afterwards. */
async function appoint(tx: EntityManager, ctx: Context, audit: AuditRecorder, input: AppointMemberInput, seat: { current?: Seat }): Promise<Membership> {
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
  seat.current = seatOf(membership, organization, body);
  await assertSeatFree(tx, seat.current);
  audit.created(membership);
  return membership;
}

/** `seat` receives the seat a later end date extends into, as `appoint` does. */
async function end(tx: EntityManager, ctx: Context, audit: AuditRecorder, input: EndMembershipInput, seat: { current?: Seat }): Promise<Membership> {
  const membership = await load(tx, Membership, input.id, 'input.id');
  const organization = await tx.findOneOrFail(Organization, membership.organization.id);
  assertMayWrite(ctx, organization);
  assertVersion(membership, input.version);
  const day = isoDate(input.endDate);
  if (membership.heldFrom && day < membership.heldFrom) throw badUserInput('The end is before the start', [{ field: 'input.endDate', message: `must not be before ${membership.heldFrom}` }]);
  audit.updating(membership);
  const until = membership.heldUntil ?? null;
  membership.endDate = PartialDate.parse(day);
  membership.refreshSpan();
  // An end later than the term's known end adds days in office: they must be free, as for an appointment.
  if (until !== null && membership.heldUntil && membership.heldUntil > until) {
    const body = membership.body ? await tx.findOneOrFail(Body, membership.body.id) : null;
    seat.current = { ...seatOf(membership, organization, body), from: addDays(until, 1) };
    await assertSeatFree(tx, seat.current);
  }
  return membership;
}

@Resolver()
export class MembershipMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => MembershipPayload, { description: 'Appoint a person to a role (secretariat, or an editor of the organization). A single-seat role (PRESIDENT, SECRETARY_GENERAL, CHAIR, HEAD) already held on any of the days asked for gets CONFLICT naming the seat and its holder; a term ending on a day and one starting that same day overlap. FORBIDDEN for another organization; NOT_FOUND for an unknown person, organization or body; BAD_USER_INPUT for another organization’s body or an end before the start.' })
  async appointMember(@Arg('input', () => AppointMemberInput, { description: 'The person, the organization (and body), the role and the dates.' }) input: AppointMemberInput, @Ctx() ctx: Context): Promise<MembershipPayload> {
    const seat: { current?: Seat } = {};
    const membership = await write(ctx, (tx, audit) => appoint(tx, ctx, audit, input, seat)).catch((error) => explainSeatConflict(ctx, error, seat.current));
    return Object.assign(new MembershipPayload(), { membership });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => MembershipPayload, { description: 'End a membership on a date (secretariat, or an editor of the organization). Carries the version read; a stale one gets CONFLICT and changes nothing. An end before the start is BAD_USER_INPUT; an end moved later that overlaps another holder of a single seat is CONFLICT.' })
  async endMembership(@Arg('input', () => EndMembershipInput, { description: 'The membership, the version you read and the last day.' }) input: EndMembershipInput, @Ctx() ctx: Context): Promise<MembershipPayload> {
    const seat: { current?: Seat } = {};
    const membership = await write(ctx, (tx, audit) => end(tx, ctx, audit, input, seat)).catch((error) => explainSeatConflict(ctx, error, seat.current));
    return Object.assign(new MembershipPayload(), { membership });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => ReplaceMemberPayload, { description: 'End a membership and appoint a successor to the same role and body from the next day: both or neither (secretariat, or an editor of the organization). CONFLICT for a stale version or a seat the successor cannot take; the errors of endMembership and appointMember otherwise.' })
  async replaceMember(@Arg('input', () => ReplaceMemberInput, { description: 'The membership, the version you read, its last day and the successor.' }) input: ReplaceMemberInput, @Ctx() ctx: Context): Promise<ReplaceMemberPayload> {
    const seat: { current?: Seat } = {};
    return write(ctx, async (tx, audit) => {
      const ended = await end(tx, ctx, audit, input, seat);
      // The end must reach the database before the successor's row: the seat constraint is checked
      // statement by statement, and a flush would insert before it updates.
      await tx.flush();
      const next = new Date(Date.parse(`${isoDate(input.endDate)}T00:00:00Z`) + 86_400_000);
      const appointed = await appoint(tx, ctx, audit, {
        personId: input.successorId,
        organizationId: (await tx.findOneOrFail(Organization, ended.organization.id)).globalId,
        bodyId: ended.body ? (await tx.findOneOrFail(Body, ended.body.id)).globalId : undefined,
        role: ended.role,
        title: ended.title,
        startDate: next,
        termEnd: ended.termEnd?.end,
      }, seat);
      return Object.assign(new ReplaceMemberPayload(), { ended, appointed });
    }).catch((error) => explainSeatConflict(ctx, error, seat.current));
  }
}

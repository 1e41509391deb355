import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { notPaged } from '../../relay/connection.js';
import { assign, cleared, current, dateInput, deleteUnreferenced, misordered, RecordVersionInput } from '../../writes/corrections.js';
import { enteredBy, isoDate, load } from '../../writes/inputs.js';
import { write } from '../../writes/write.js';
import { Congress } from '../congress/congress.entity.js';
import { Membership } from '../membership/membership.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { writableOrganization, writableOwner } from '../organization/organization.rights.js';
import { Body } from './body.entity.js';
import { BodyKind } from './body.enums.js';

/** The longest name the name columns hold (varchar(255)). */
const NAME_LENGTH = 255;

@InputType({ description: 'A committee elected for a term.' })
export class CreateBodyInput {
  @Field(() => ID, { description: 'The global ID of the organization the body belongs to.' })
  organizationId!: string;

  @Field(() => BodyKind, { description: 'The governing organ the body is.' })
  kind!: BodyKind;

  @Field(() => ID, { nullable: true, description: 'The congress that elected it: one of the same organization’s.' })
  @IsOptional()
  congressId?: string;

  @Field(() => Int, { nullable: true, description: 'Seats as elected or stated, 1 to 1000; left out when no source gives a size (then no vacancies are counted).' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  size?: number;

  @Field(() => DateScalar, { nullable: true, description: 'The first day of the term (default: the congress’s term start, if a congress is given).' })
  @IsOptional()
  termStart?: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day of the term, not before termStart (default: the congress’s term end, if a congress is given).' })
  @IsOptional()
  termEnd?: Date | string;
}

@InputType({ description: 'Correct a body: its kind, names, size or term. A field left out stays as it is; null clears it (but `kind`). Correcting `termEnd` changes no seat: `endBodyTerm` ends the term and its seats.' })
export class UpdateBodyInput extends RecordVersionInput {
  @Field(() => BodyKind, { nullable: true, description: 'The governing organ the body is; cannot be cleared.' })
  @IsOptional()
  kind?: BodyKind | null;

  @Field(() => String, { nullable: true, description: 'The body’s own name in Vietnamese, at most 255 characters; null clears it (it then goes by its kind).' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameVi?: string | null;

  @Field(() => String, { nullable: true, description: 'The body’s own name in English, at most 255 characters; null clears it.' })
  @IsOptional()
  @MaxLength(NAME_LENGTH)
  nameEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats as elected or stated, 1 to 1000; null clears it (no vacancies are then counted).' })
  @IsOptional()
  @Min(1)
  @Max(1000)
  size?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'The first day of the term; null clears it.' })
  @IsOptional()
  termStart?: Date | string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day of the term, not before termStart; null clears it. Ends no seat (see endBodyTerm).' })
  @IsOptional()
  termEnd?: Date | string | null;
}

@InputType({ description: 'End a body’s term on a day (a congress elected its successor, or it was dissolved): every seat of it still held after that day ends on it.' })
export class EndBodyTermInput extends RecordVersionInput {
  @Field(() => DateScalar, { description: 'The last day of the term: not before its start, nor before a member of it took their seat.' })
  endDate!: Date | string;
}

@InputType({ description: 'Delete a body recorded by mistake: refused (CONFLICT) while a membership refers to it.' })
export class DeleteBodyInput extends RecordVersionInput {}

@ObjectType({ description: 'The body as written, for the client’s cache.' })
export class BodyPayload {
  @Field(() => Body, { description: 'The body created or corrected.' })
  body!: Body;
}

@ObjectType({ description: 'The body whose term ended, and the seats the end closed.' })
export class EndBodyTermPayload {
  @Field(() => Body, { description: 'The body, its termEnd now the day given.' })
  body!: Body;

  @Field(() => [Membership], { description: `The memberships of the body that were still held after the end, now ending on it. ${notPaged('the answer of one write, at most the seats of one body')}` })
  endedMemberships!: Membership[];
}

@ObjectType({ description: 'A body deleted, and its organization (to refetch its bodies).' })
export class DeleteBodyPayload {
  @Field(() => ID, { description: 'The global ID the body had.' })
  deletedId!: string;

  @Field(() => Organization, { description: 'The organization the deleted body belonged to.' })
  organization!: Organization;
}

/** A term that ends before it starts: the problem, naming the day the caller sent. */
const termProblem = (start: string | undefined, end: string | undefined, sent: { termStart: boolean; termEnd: boolean }) =>
  misordered({ day: start, field: 'input.termStart', sent: sent.termStart }, { day: end, field: 'input.termEnd', sent: sent.termEnd });

/** Committees, recorded by the secretariat or the organization's editor. */
@Resolver()
export class BodyMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => BodyPayload, { description: 'Record a body (a committee for a term) of your organization or one of its branches (any organization, for the secretariat). FORBIDDEN for another organization’s; NOT_FOUND for an unknown organization or congress; BAD_USER_INPUT for another organization’s congress or a term that ends before it starts.' })
  async createBody(@Arg('input', () => CreateBodyInput, { description: 'The organization, the kind, and the congress, size and term where known.' }) input: CreateBodyInput, @Ctx() ctx: Context): Promise<BodyPayload> {
    const body = await write(ctx, async (tx, audit) => {
      const organization = await writableOrganization(tx, ctx, input.organizationId);
      const congress = input.congressId ? await load(tx, Congress, input.congressId, 'input.congressId') : undefined;
      if (congress && congress.organization.id !== organization.id) throw badUserInput('The congress is another organization’s', [{ field: 'input.congressId', message: 'belongs to another organization' }]);
      const start = input.termStart ? isoDate(input.termStart) : congress?.termStart?.start;
      const end = input.termEnd ? isoDate(input.termEnd) : congress?.termEnd?.end;
      const problem = termProblem(start, end, { termStart: Boolean(input.termStart), termEnd: Boolean(input.termEnd) });
      if (problem) throw badUserInput('The term ends before it starts', [problem]);
      const created = tx.create(Body, { organization, kind: input.kind, congress, size: input.size, termStart: PartialDate.parse(start), termEnd: PartialDate.parse(end), sourceCitations: enteredBy(ctx) });
      audit.created(created);
      return created;
    });
    return Object.assign(new BodyPayload(), { body });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => BodyPayload, { description: 'Correct a body of your organization (or any, for the secretariat), with the version you read. A stale version is CONFLICT; another organization’s body FORBIDDEN; clearing `kind` or a term that ends before it starts BAD_USER_INPUT.' })
  async updateBody(@Arg('input', () => UpdateBodyInput, { description: 'The body, the version you read and the fields to change.' }) input: UpdateBodyInput, @Ctx() ctx: Context): Promise<BodyPayload> {
    const body = await write(ctx, async (tx, audit) => {
      const row = await current(tx, Body, input, (b) => writableOwner(tx, ctx, b.organization));
      const problems = cleared(input, ['kind']);
      const termStart = dateInput(input.termStart, row.termStart);
      const termEnd = dateInput(input.termEnd, row.termEnd);
      const order = termProblem(termStart?.start, termEnd?.end, { termStart: Boolean(input.termStart), termEnd: Boolean(input.termEnd) });
      if (order) problems.push(order);
      if (problems.length) throw badUserInput('The body is not valid', problems);
      audit.updating(row);
      assign(row, { kind: input.kind, nameVi: input.nameVi, nameEn: input.nameEn, size: input.size, termStart, termEnd });
      return row;
    });
    return Object.assign(new BodyPayload(), { body });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => EndBodyTermPayload, { description: 'End the term of a body of your organization (or any, for the secretariat) on a day, with the version you read: the body’s termEnd becomes that day, and every membership of the body still held after it ends on it (each audited). Its roster of the next day is empty. BAD_USER_INPUT when the day is before the term’s start or before a member of it took their seat; a stale version is CONFLICT.' })
  async endBodyTerm(@Arg('input', () => EndBodyTermInput, { description: 'The body, the version you read and the last day of the term.' }) input: EndBodyTermInput, @Ctx() ctx: Context): Promise<EndBodyTermPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, Body, input, (b) => writableOwner(tx, ctx, b.organization));
      const day = isoDate(input.endDate);
      const order = misordered({ day: row.termStart?.start, field: 'input.endDate', sent: false }, { day, field: 'input.endDate', sent: true });
      if (order) throw badUserInput('The term ends before it starts', [order]);
      const open = await tx.find(Membership, { body: row.id, $or: [{ heldUntil: null }, { heldUntil: { $gt: day } }] }, { orderBy: { heldFrom: 'asc', id: 'asc' } });
      const later = open.filter((m) => m.heldFrom && m.heldFrom > day);
      if (later.length) throw badUserInput('Members took their seats after that day', [{ field: 'input.endDate', message: `must not be before ${later[0].heldFrom} (${later.length} membership${later.length === 1 ? '' : 's'} of the body start after it)` }]);
      audit.updating(row);
      row.termEnd = PartialDate.parse(day);
      for (const membership of open) {
        audit.updating(membership);
        membership.endDate = PartialDate.parse(day);
        membership.refreshSpan();
      }
      return Object.assign(new EndBodyTermPayload(), { body: row, endedMemberships: open });
    });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => DeleteBodyPayload, { description: 'Delete a body recorded by mistake. Refused with CONFLICT, naming them in `extensions.dependents`, while memberships refer to it.' })
  async deleteBody(@Arg('input', () => DeleteBodyInput, { description: 'The body and the version you read.' }) input: DeleteBodyInput, @Ctx() ctx: Context): Promise<DeleteBodyPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, Body, input, (b) => writableOwner(tx, ctx, b.organization), { lock: true });
      const deletedId = await deleteUnreferenced(tx, audit, row);
      return Object.assign(new DeleteBodyPayload(), { deletedId, organization: await tx.findOneOrFail(Organization, row.organization.id) });
    });
  }
}

import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput, type FieldProblem } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { enteredBy, isoDate } from '../../writes/inputs.js';
import { assign, cleared, current, deleteUnreferenced, misordered, RecordVersionInput } from '../../writes/corrections.js';
import { writableOrganization, writableOwner } from '../organization/organization.rights.js';
import { write } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { Congress } from './congress.entity.js';

@InputType({ description: 'An organization’s congress and the term it opens.' })
export class CreateCongressInput {
  @Field(() => ID, { description: 'The global ID of the organization that held the congress.' })
  organizationId!: string;

  @Field(() => Int, { nullable: true, description: 'Its ordinal, 1 to 100 (7 for the 7th congress); left out when not known.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  number?: number;

  @Field(() => DateScalar, { description: 'The day it was held; the term it opens starts that day.' })
  heldOn!: Date | string;

  @Field(() => DateScalar, { description: 'When the term it opens is due to end: after heldOn.' })
  termEnd!: Date | string;

  @Field({ nullable: true, description: 'Its title as the source gives it, at most 300 characters.' })
  @IsOptional()
  @MaxLength(300)
  title?: string;
}

@InputType({ description: 'Correct a congress: its number, title, date or the end of the term it opened. A field left out stays as it is; null clears `number` or `title`.' })
export class UpdateCongressInput extends RecordVersionInput {
  @Field(() => Int, { nullable: true, description: 'Its ordinal, 1 to 100; null clears it.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'Its title, at most 300 characters; null clears it.' })
  @IsOptional()
  @MaxLength(300)
  title?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was held; the term it opened starts then too (where it did). Cannot be cleared.' })
  @IsOptional()
  heldOn?: Date | string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the term it opened is due to end: after heldOn. Cannot be cleared.' })
  @IsOptional()
  termEnd?: Date | string | null;
}

@InputType({ description: 'Delete a congress recorded by mistake: refused (CONFLICT) while a body, a membership or an event refers to it.' })
export class DeleteCongressInput extends RecordVersionInput {}

@ObjectType({ description: 'The congress as written, for the client’s cache.' })
export class CongressPayload {
  @Field(() => Congress, { description: 'The congress created or corrected.' })
  congress!: Congress;
}

@ObjectType({ description: 'A congress deleted, and its organization (to refetch its congresses).' })
export class DeleteCongressPayload {
  @Field(() => ID, { description: 'The global ID the congress had.' })
  deletedId!: string;

  @Field(() => Organization, { description: 'The organization that held the deleted congress.' })
  organization!: Organization;
}

/** The term a congress opens ends after the congress: the problem, naming the day the caller sent. */
const termProblem = (held: string, termEnd: string | undefined, sent: { heldOn: boolean; termEnd: boolean }): FieldProblem | undefined =>
  misordered({ day: held, field: 'input.heldOn', sent: sent.heldOn }, { day: termEnd, field: 'input.termEnd', sent: sent.termEnd }, { strictly: true });

const sameDay = (a: PartialDate | undefined, b: PartialDate) => a?.start === b.start && a.end === b.end;

/** Congresses, recorded by the secretariat or the organization's editor. */
@Resolver()
export class GovernanceMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => CongressPayload, { description: 'Record a congress of your organization or one of its branches (any organization, for the secretariat) and the term it opens. FORBIDDEN for another organization’s; NOT_FOUND for an unknown organization; BAD_USER_INPUT when the term does not end after the congress.' })
  async createCongress(@Arg('input', () => CreateCongressInput, { description: 'The organization, the date, the end of the term, and the number and title where known.' }) input: CreateCongressInput, @Ctx() ctx: Context): Promise<CongressPayload> {
    const congress = await write(ctx, async (tx, audit) => {
      const organization = await writableOrganization(tx, ctx, input.organizationId);
      const held = isoDate(input.heldOn);
      const termEnd = isoDate(input.termEnd);
      const problem = termProblem(held, termEnd, { heldOn: true, termEnd: true });
      if (problem) throw badUserInput('The term must end after the congress', [problem]);
      const created = tx.create(Congress, { organization, number: input.number, title: input.title, heldOn: PartialDate.parse(held), termStart: PartialDate.parse(held), termEnd: PartialDate.parse(termEnd), sourceCitations: enteredBy(ctx) });
      audit.created(created);
      return created;
    });
    return Object.assign(new CongressPayload(), { congress });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => CongressPayload, { description: 'Correct a congress of your organization (or any, for the secretariat), with the version you read. The term must still end after the congress (else BAD_USER_INPUT); a stale version is CONFLICT, another organization’s congress FORBIDDEN.' })
  async updateCongress(@Arg('input', () => UpdateCongressInput, { description: 'The congress, the version you read and the fields to change.' }) input: UpdateCongressInput, @Ctx() ctx: Context): Promise<CongressPayload> {
    const congress = await write(ctx, async (tx, audit) => {
      const row = await current(tx, Congress, input, (c) => writableOwner(tx, ctx, c.organization));
      const problems = cleared(input, ['heldOn', 'termEnd']);
      const heldOn = input.heldOn ? PartialDate.parse(isoDate(input.heldOn)) : row.heldOn;
      const termEnd = input.termEnd ? PartialDate.parse(isoDate(input.termEnd)) : row.termEnd;
      const order = termProblem(heldOn.start, termEnd?.end, { heldOn: Boolean(input.heldOn), termEnd: Boolean(input.termEnd) });
      if (order) problems.push(order);
      if (problems.length) throw badUserInput('The congress is not valid', problems);
      audit.updating(row);
      // A new date of the congress moves the start of the term it opened, unless a source dates the term otherwise.
      if (input.heldOn && (!row.termStart || sameDay(row.termStart, row.heldOn))) row.termStart = heldOn;
      assign(row, { number: input.number, title: input.title, heldOn, termEnd });
      return row;
    });
    return Object.assign(new CongressPayload(), { congress });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => DeleteCongressPayload, { description: 'Delete a congress recorded by mistake. Refused with CONFLICT, naming them in `extensions.dependents`, while bodies, memberships or events refer to it.' })
  async deleteCongress(@Arg('input', () => DeleteCongressInput, { description: 'The congress and the version you read.' }) input: DeleteCongressInput, @Ctx() ctx: Context): Promise<DeleteCongressPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, Congress, input, (c) => writableOwner(tx, ctx, c.organization), { lock: true });
      const deletedId = await deleteUnreferenced(tx, audit, row);
      return Object.assign(new DeleteCongressPayload(), { deletedId, organization: await tx.findOneOrFail(Organization, row.organization.id) });
    });
  }
}

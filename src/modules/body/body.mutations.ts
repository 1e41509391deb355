import { IsOptional, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { enteredBy, isoDate, load } from '../../writes/inputs.js';
import { write } from '../../writes/write.js';
import { Congress } from '../congress/congress.entity.js';
import { writableOrganization } from '../organization/organization.rights.js';
import { Body } from './body.entity.js';
import { BodyKind } from './body.enums.js';

@InputType({ description: 'A committee elected for a term.' })
export class CreateBodyInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => BodyKind)
  kind!: BodyKind;

  @Field(() => ID, { nullable: true, description: 'The congress that elected it.' })
  @IsOptional()
  congressId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(1000)
  size?: number;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  termStart?: Date | string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  termEnd?: Date | string;
}

@ObjectType()
export class BodyPayload {
  @Field(() => Body)
  body!: Body;
}

/** Committees, recorded by the secretariat or the organization's editor. */
@Resolver()
export class BodyMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => BodyPayload)
  async createBody(@Arg('input', () => CreateBodyInput) input: CreateBodyInput, @Ctx() ctx: Context): Promise<BodyPayload> {
    const body = await write(ctx, async (tx, audit) => {
      const organization = await writableOrganization(tx, ctx, input.organizationId);
      const congress = input.congressId ? await load(tx, Congress, input.congressId, 'input.congressId') : undefined;
      if (congress && congress.organization.id !== organization.id) throw badUserInput('The congress is another organization’s', [{ field: 'input.congressId', message: 'belongs to another organization' }]);
      const start = input.termStart ? isoDate(input.termStart) : congress?.termStart?.start;
      const end = input.termEnd ? isoDate(input.termEnd) : congress?.termEnd?.end;
      if (start && end && end < start) throw badUserInput('The term ends before it starts', [{ field: 'input.termEnd', message: 'must not be before termStart' }]);
      const created = tx.create(Body, { organization, kind: input.kind, congress, size: input.size, termStart: PartialDate.parse(start), termEnd: PartialDate.parse(end), sourceCitations: enteredBy(ctx) });
      audit.created(created);
      return created;
    });
    return Object.assign(new BodyPayload(), { body });
  }
}

import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { enteredBy, isoDate } from '../../writes/inputs.js';
import { writableOrganization } from '../organization/organization.rights.js';
import { write } from '../../writes/write.js';
import { Congress } from './congress.entity.js';

@InputType({ description: 'An organization’s congress and the term it opens.' })
export class CreateCongressInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(100)
  number?: number;

  @Field(() => DateScalar)
  heldOn!: Date | string;

  @Field(() => DateScalar)
  termEnd!: Date | string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(300)
  title?: string;
}

@ObjectType()
export class CongressPayload {
  @Field(() => Congress)
  congress!: Congress;
}

/** Congresses, recorded by the secretariat or the organization's editor. */
@Resolver()
export class GovernanceMutations {
  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => CongressPayload)
  async createCongress(@Arg('input', () => CreateCongressInput) input: CreateCongressInput, @Ctx() ctx: Context): Promise<CongressPayload> {
    const congress = await write(ctx, async (tx, audit) => {
      const organization = await writableOrganization(tx, ctx, input.organizationId);
      const held = isoDate(input.heldOn);
      const termEnd = isoDate(input.termEnd);
      if (termEnd <= held) throw badUserInput('The term must end after the congress', [{ field: 'input.termEnd', message: 'must be after heldOn' }]);
      const created = tx.create(Congress, { organization, number: input.number, title: input.title, heldOn: PartialDate.parse(held), termStart: PartialDate.parse(held), termEnd: PartialDate.parse(termEnd), sourceCitations: enteredBy(ctx) });
      audit.created(created);
      return created;
    });
    return Object.assign(new CongressPayload(), { congress });
  }
}

import { IsOptional } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { enteredBy, isoDate, load } from '../../writes/inputs.js';
import { write } from '../../writes/write.js';
import { countriesByCode } from '../country/country.lookup.js';
import { Person } from '../person/person.entity.js';
import { AmbassadorPosting } from './ambassador-posting.entity.js';

@InputType()
export class CreateAmbassadorPostingInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => CountryCodeScalar)
  countryCode!: string;

  @Field(() => DateScalar)
  arrivedOn!: Date | string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  departedOn?: Date | string;
}

@ObjectType()
export class AmbassadorPostingPayload {
  @Field(() => AmbassadorPosting)
  posting!: AmbassadorPosting;
}

/** Ambassadors' postings are the secretariat's to record. */
@Resolver()
export class AmbassadorMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => AmbassadorPostingPayload)
  async createAmbassadorPosting(@Arg('input', () => CreateAmbassadorPostingInput) input: CreateAmbassadorPostingInput, @Ctx() ctx: Context): Promise<AmbassadorPostingPayload> {
    const posting = await write(ctx, async (tx, audit) => {
      const person = await load(tx, Person, input.personId, 'input.personId');
      const [country] = await countriesByCode(tx, [input.countryCode], 'input.countryCode');
      const arrived = isoDate(input.arrivedOn);
      const departed = input.departedOn ? isoDate(input.departedOn) : undefined;
      if (departed && departed < arrived) throw badUserInput('Departure before arrival', [{ field: 'input.departedOn', message: 'must not be before arrivedOn' }]);
      const created = tx.create(AmbassadorPosting, { person, country, arrivedOn: PartialDate.parse(arrived), departedOn: PartialDate.parse(departed), sourceCitations: enteredBy(ctx) });
      audit.created(created);
      return created;
    });
    return Object.assign(new AmbassadorPostingPayload(), { posting });
  }
}

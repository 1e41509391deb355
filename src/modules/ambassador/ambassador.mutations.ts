import { ref } from '@mikro-orm/core';
import { IsOptional } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar, DateScalar } from '../../graphql/scalars.js';
import { assign, cleared, current, dateInput, deleteUnreferenced, misordered, RecordVersionInput } from '../../writes/corrections.js';
import { enteredBy, isoDate, load } from '../../writes/inputs.js';
import { write } from '../../writes/write.js';
import { Country } from '../country/country.entity.js';
import { countriesByCode } from '../country/country.lookup.js';
import { Person } from '../person/person.entity.js';
import { AmbassadorPosting } from './ambassador-posting.entity.js';

@InputType({ description: 'A foreign ambassador’s new posting to Vietnam.' })
export class CreateAmbassadorPostingInput {
  @Field(() => ID, { description: 'The global ID of the ambassador (a Person).' })
  personId!: string;

  @Field(() => CountryCodeScalar, { description: 'The ISO 3166-1 alpha-2 code of the country the ambassador represents (any letter case).' })
  countryCode!: string;

  @Field(() => DateScalar, { description: 'The day the ambassador arrived to take up the posting.' })
  arrivedOn!: Date | string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the posting ended, not before arrivedOn; left out or null while the ambassador is in post.' })
  @IsOptional()
  departedOn?: Date | string;
}

@InputType({ description: 'Correct a posting: the ambassador, the country or the dates. A field left out stays as it is; null clears departedOn (the ambassador is still in post); the others cannot be cleared.' })
export class UpdateAmbassadorPostingInput extends RecordVersionInput {
  @Field(() => ID, { nullable: true, description: 'The global ID of the ambassador (a Person) the posting is of; cannot be cleared.' })
  @IsOptional()
  personId?: string | null;

  @Field(() => CountryCodeScalar, { nullable: true, description: 'The ISO 3166-1 alpha-2 code of the country the ambassador represents (any letter case); cannot be cleared.' })
  @IsOptional()
  countryCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the ambassador arrived; cannot be cleared, and not after the departure.' })
  @IsOptional()
  arrivedOn?: Date | string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the posting ended, not before arrivedOn; null clears it (the ambassador is still in post).' })
  @IsOptional()
  departedOn?: Date | string | null;
}

@InputType({ description: 'Record an ambassador’s departure: the end of the posting.' })
export class EndAmbassadorPostingInput extends RecordVersionInput {
  @Field(() => DateScalar, { description: 'Not before the arrival.' })
  departedOn!: Date | string;
}

@InputType({ description: 'Delete a posting recorded by mistake: refused (CONFLICT) while events (a welcome, a farewell) refer to it.' })
export class DeleteAmbassadorPostingInput extends RecordVersionInput {}

@ObjectType({ description: 'The posting as written, for the client’s cache.' })
export class AmbassadorPostingPayload {
  @Field(() => AmbassadorPosting, { description: 'The posting created or corrected.' })
  posting!: AmbassadorPosting;
}

@ObjectType({ description: 'A posting deleted, and its country (to refetch its ambassadors).' })
export class DeleteAmbassadorPostingPayload {
  @Field(() => ID, { description: 'The global ID the posting had.' })
  deletedId!: string;

  @Field(() => Country, { description: 'The country the deleted posting was for.' })
  country!: Country;
}

/** A departure before the arrival: the problem, naming the day the caller sent. */
const stayProblem = (arrived: string | undefined, departed: string | undefined, sent: { arrivedOn: boolean; departedOn: boolean }) =>
  misordered({ day: arrived, field: 'input.arrivedOn', sent: sent.arrivedOn }, { day: departed, field: 'input.departedOn', sent: sent.departedOn });

/** Ambassadors' postings are the secretariat's to record. */
@Resolver()
export class AmbassadorMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => AmbassadorPostingPayload, { description: 'Record a foreign ambassador’s posting to Vietnam. Secretariat only. An unknown person is NOT_FOUND; an unknown country, or a departure before the arrival, is BAD_USER_INPUT.' })
  async createAmbassadorPosting(@Arg('input', () => CreateAmbassadorPostingInput, { description: 'The ambassador, the country and the dates.' }) input: CreateAmbassadorPostingInput, @Ctx() ctx: Context): Promise<AmbassadorPostingPayload> {
    const posting = await write(ctx, async (tx, audit) => {
      const person = await load(tx, Person, input.personId, 'input.personId');
      const [country] = await countriesByCode(tx, [input.countryCode], 'input.countryCode');
      const arrived = isoDate(input.arrivedOn);
      const departed = input.departedOn ? isoDate(input.departedOn) : undefined;
      const problem = stayProblem(arrived, departed, { arrivedOn: true, departedOn: true });
      if (problem) throw badUserInput('Departure before arrival', [problem]);
      const created = tx.create(AmbassadorPosting, { person, country, arrivedOn: PartialDate.parse(arrived), departedOn: PartialDate.parse(departed), sourceCitations: enteredBy(ctx) });
      audit.created(created);
      return created;
    });
    return Object.assign(new AmbassadorPostingPayload(), { posting });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => AmbassadorPostingPayload, { description: 'Correct a posting, with the version you read. Secretariat only. A stale version is CONFLICT; a cleared required field, an unknown country or a departure before the arrival is BAD_USER_INPUT; an unknown posting or person NOT_FOUND.' })
  async updateAmbassadorPosting(@Arg('input', () => UpdateAmbassadorPostingInput, { description: 'The posting, the version you read and the fields to change.' }) input: UpdateAmbassadorPostingInput, @Ctx() ctx: Context): Promise<AmbassadorPostingPayload> {
    const posting = await write(ctx, async (tx, audit) => {
      const row = await current(tx, AmbassadorPosting, input, () => undefined);
      const problems = cleared(input, ['personId', 'countryCode', 'arrivedOn']);
      const arrivedOn = dateInput(input.arrivedOn, row.arrivedOn);
      const departedOn = dateInput(input.departedOn, row.departedOn);
      const order = stayProblem(arrivedOn?.start, departedOn?.end, { arrivedOn: Boolean(input.arrivedOn), departedOn: Boolean(input.departedOn) });
      if (order) problems.push(order);
      if (problems.length) throw badUserInput('The posting is not valid', problems);
      const person = input.personId == null ? undefined : await load(tx, Person, input.personId, 'input.personId');
      const country = input.countryCode ? (await countriesByCode(tx, [input.countryCode], 'input.countryCode'))[0] : undefined;
      audit.updating(row);
      assign(row, { person: ref(person), country: ref(country), arrivedOn, departedOn });
      return row;
    });
    return Object.assign(new AmbassadorPostingPayload(), { posting });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => AmbassadorPostingPayload, { description: 'Record the ambassador’s departure (the posting ends), with the version you read. Secretariat only. A stale version is CONFLICT, a departure before the arrival BAD_USER_INPUT, an unknown posting NOT_FOUND.' })
  async endAmbassadorPosting(@Arg('input', () => EndAmbassadorPostingInput, { description: 'The posting, the version you read and the day of departure.' }) input: EndAmbassadorPostingInput, @Ctx() ctx: Context): Promise<AmbassadorPostingPayload> {
    return this.updateAmbassadorPosting(Object.assign(new UpdateAmbassadorPostingInput(), { id: input.id, version: input.version, departedOn: input.departedOn }), ctx);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => DeleteAmbassadorPostingPayload, { description: 'Delete a posting recorded by mistake. Refused with CONFLICT, naming them in `extensions.dependents`, while events refer to it. Secretariat only.' })
  async deleteAmbassadorPosting(@Arg('input', () => DeleteAmbassadorPostingInput, { description: 'The posting and the version you read.' }) input: DeleteAmbassadorPostingInput, @Ctx() ctx: Context): Promise<DeleteAmbassadorPostingPayload> {
    return write(ctx, async (tx, audit) => {
      const row = await current(tx, AmbassadorPosting, input, () => undefined, { lock: true });
      const deletedId = await deleteUnreferenced(tx, audit, row);
      return Object.assign(new DeleteAmbassadorPostingPayload(), { deletedId, country: await tx.findOneOrFail(Country, row.country.id) });
    });
  }
}

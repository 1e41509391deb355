import { IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { assertVersion, load, enteredBy } from '../../writes/inputs.js';
import { write } from '../../writes/write.js';
import { Person } from './person.entity.js';

@InputType({ description: 'A new person of the network.' })
export class CreatePersonInput {
  @Field()
  @MaxLength(200)
  fullName!: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(60)
  honorific?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(5000)
  biography?: string;

  @Field({ nullable: true, description: 'Private.' })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field({ nullable: true, description: 'Private.' })
  @IsOptional()
  @MaxLength(40)
  phone?: string;
}

@InputType()
export class UpdatePersonInput extends CreatePersonInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  declare fullName: string;
}

@ObjectType()
export class PersonPayload {
  @Field(() => Person)
  person!: Person;
}

/** Persons are shared by every organization they serve: the secretariat keeps them. */
@Resolver()
export class PersonMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => PersonPayload)
  async createPerson(@Arg('input', () => CreatePersonInput) input: CreatePersonInput, @Ctx() ctx: Context): Promise<PersonPayload> {
    const person = await write(ctx, async (tx, audit) => {
      const created = tx.create(Person, { ...input, sourceCitations: enteredBy(ctx) });
      created.refreshSearchName();
      audit.created(created);
      return created;
    });
    return Object.assign(new PersonPayload(), { person });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => PersonPayload)
  async updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() ctx: Context): Promise<PersonPayload> {
    const person = await write(ctx, async (tx, audit) => {
      const row = await load(tx, Person, input.id, 'input.id');
      assertVersion(row, input.version);
      audit.updating(row);
      for (const key of ['fullName', 'honorific', 'biography', 'email', 'phone'] as const) {
        if (input[key] !== undefined) row[key] = input[key];
      }
      row.refreshSearchName();
      return row;
    });
    return Object.assign(new PersonPayload(), { person });
  }
}

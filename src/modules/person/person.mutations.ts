import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmail, IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { contactOwnerFor, maySeeContactPoint } from '../../auth/policy.js';
import { badUserInput, forbidden, notFound } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { assertVersion, load, enteredBy, NotBlank } from '../../writes/inputs.js';
import { cleared } from '../../writes/corrections.js';
import { write, type AuditRecorder } from '../../writes/write.js';
import { Organization } from '../organization/organization.entity.js';
import { ContactKind, ContactPoint } from './contact-point.entity.js';
import { Person } from './person.entity.js';

@InputType({ description: 'A new person of the network.' })
export class CreatePersonInput {
  @Field({ description: 'Full name as written in Vietnamese (with diacritics) or in the person’s own language (at most 200 characters, not blank).' })
  @MaxLength(200)
  @NotBlank()
  fullName!: string;

  @Field({ nullable: true, description: 'Ambassador, Prof., Dr., ... (at most 60 characters).' })
  @IsOptional()
  @MaxLength(60)
  honorific?: string;

  @Field({ nullable: true, description: 'Public biography, in free text (at most 5000 characters).' })
  @IsOptional()
  @MaxLength(5000)
  biography?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Private: kept as a contact point of the secretariat (seen by the secretariat only). On update it replaces the value of the secretariat’s oldest email contact point (adding one if none); null removes that one. Contact points of organizations are left alone.',
  })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Private: as `email`, for the secretariat’s telephone contact point.' })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;
}

@InputType({ description: 'Change a person, with the version you read. A field left out stays as it is; null clears honorific or biography.' })
export class UpdatePersonInput extends CreatePersonInput {
  @Field(() => ID, { description: 'The global ID of the person.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT), and nothing is changed.' })
  version!: number;

  @Field({ nullable: true, description: 'The corrected full name (at most 200 characters, not blank); cannot be cleared.' })
  @IsOptional()
  @MaxLength(200)
  @NotBlank()
  declare fullName: string;
}

@InputType({ description: 'Record a way to reach a person, for your own organization (an editor) or for any organization or none (the secretariat).' })
export class AddContactPointInput {
  @Field(() => ID, { description: 'The person it is a way to reach.' })
  personId!: string;

  @Field(() => ContactKind, { description: 'Whether `value` is an email address or a telephone number.' })
  kind!: ContactKind;

  @Field({ description: 'An email address (EMAIL) or a telephone number (PHONE).' })
  @MaxLength(254)
  value!: string;

  @Field({ nullable: true, description: 'What it is for ("office", "assistant", ...).' })
  @IsOptional()
  @MaxLength(100)
  label?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organization the contact point belongs to, whose readers and editors will see it. An editor may give only its own (the default); the secretariat any, or none for its own records.',
  })
  @IsOptional()
  organizationId?: string;
}

@InputType({ description: 'Remove a contact point you may see.' })
export class RemoveContactPointInput {
  @Field(() => ID, { description: 'The contact point’s ID (`ContactPoint.id`).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read: a newer one on the server means someone else changed it (CONFLICT).' })
  version!: number;
}

@ObjectType({ description: 'The result of creating or changing a person.' })
export class PersonPayload {
  @Field(() => Person, { description: 'The person as recorded, at their new version.' })
  person!: Person;
}

@ObjectType({ description: 'The contact point as recorded, with its person.' })
export class ContactPointPayload {
  @Field(() => ContactPoint, { description: 'The contact point as recorded.' })
  contactPoint!: ContactPoint;

  @Field(() => Person, { description: 'The person it belongs to (to refetch their contact points).' })
  person!: Person;
}

@ObjectType({ description: 'A contact point removed, and its person.' })
export class RemoveContactPointPayload {
  @Field(() => ID, { description: 'The global ID of the contact point removed.' })
  removedId!: string;

  @Field(() => Person, { description: 'The person it belonged to (to refetch their contact points).' })
  person!: Person;
}

const PHONE = /^\+?[0-9 ().-]{3,40}$/;

/** The value as stored, or a problem naming `field`. */
function contactValue(kind: ContactKind, raw: string, field: string): string {
  const value = raw.trim();
  const valid = kind === ContactKind.EMAIL ? isEmail(value) : PHONE.test(value) && /\d{3}/.test(value.replace(/\D/g, ''));
  if (!valid) throw badUserInput('The contact point is not valid', [{ field, message: kind === ContactKind.EMAIL ? 'not an email address' : 'not a telephone number (digits, spaces, + ( ) . -)' }]);
  return value;
}

function recordContact(tx: EntityManager, ctx: Context, audit: AuditRecorder, person: Person, kind: ContactKind, value: string, organization: Organization | null, label?: string): ContactPoint {
  const point = tx.create(ContactPoint, { person, organization, kind, value, label: label ?? null, enteredBy: ctx.viewer.subject ?? ctx.viewer.role });
  audit.created(point);
  return point;
}

/** The secretariat’s own contact of a kind (the oldest) takes the new value; null removes it. */
async function setSecretariatContact(tx: EntityManager, ctx: Context, audit: AuditRecorder, person: Person, kind: ContactKind, value: string | null, field: string): Promise<void> {
  const current = await tx.findOne(ContactPoint, { person: person.id, organization: null, kind }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  if (value === null) {
    if (current) {
      audit.deleting(current);
      tx.remove(current);
    }
    return;
  }
  const stored = contactValue(kind, value, field);
  if (!current) {
    recordContact(tx, ctx, audit, person, kind, stored, null);
  } else if (current.value !== stored) {
    audit.updating(current);
    current.value = stored;
    current.enteredBy = ctx.viewer.subject ?? ctx.viewer.role;
  }
}

/**
 * Persons are shared by every organization they serve: the secretariat keeps them. Their contact
 * details are contact points owned by whoever recorded them: the secretariat through these person
 * mutations, an organization through addContactPoint.
 */
@Resolver()
export class PersonMutations {
  @Authorized('SECRETARIAT')
  @Mutation(() => PersonPayload, { description: 'Add a person to the directory; `email` and `phone` become the secretariat’s own contact points (BAD_USER_INPUT when not valid). Secretariat only.' })
  async createPerson(@Arg('input', () => CreatePersonInput, { description: 'The person to add.' }) input: CreatePersonInput, @Ctx() ctx: Context): Promise<PersonPayload> {
    const person = await write(ctx, async (tx, audit) => {
      const { email, phone, ...fields } = input;
      const created = tx.create(Person, { ...fields, sourceCitations: enteredBy(ctx) });
      created.refreshSearchName();
      audit.created(created);
      if (email != null) recordContact(tx, ctx, audit, created, ContactKind.EMAIL, contactValue(ContactKind.EMAIL, email, 'input.email'), null);
      if (phone != null) recordContact(tx, ctx, audit, created, ContactKind.PHONE, contactValue(ContactKind.PHONE, phone, 'input.phone'), null);
      return created;
    });
    return Object.assign(new PersonPayload(), { person });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => PersonPayload, { description: 'Change a person, with the version you read (stale: CONFLICT); `email` and `phone` replace or remove the secretariat’s own contact points, never an organization’s. Secretariat only.' })
  async updatePerson(@Arg('input', () => UpdatePersonInput, { description: 'The person, the version you read, and the fields to change.' }) input: UpdatePersonInput, @Ctx() ctx: Context): Promise<PersonPayload> {
    const person = await write(ctx, async (tx, audit) => {
      const row = await load(tx, Person, input.id, 'input.id');
      assertVersion(row, input.version);
      const problems = cleared(input, ['fullName']);
      if (problems.length) throw badUserInput('A person cannot go without a name', problems);
      audit.updating(row);
      for (const key of ['fullName', 'honorific', 'biography'] as const) {
        if (input[key] !== undefined) row[key] = input[key];
      }
      row.refreshSearchName();
      if (input.email !== undefined) await setSecretariatContact(tx, ctx, audit, row, ContactKind.EMAIL, input.email, 'input.email');
      if (input.phone !== undefined) await setSecretariatContact(tx, ctx, audit, row, ContactKind.PHONE, input.phone, 'input.phone');
      return row;
    });
    return Object.assign(new PersonPayload(), { person });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => ContactPointPayload, { description: 'Record an email address or telephone number of a person for an organization (an editor: its own only) or for the secretariat. Only that organization’s readers and editors, and the secretariat, will see it.' })
  async addContactPoint(@Arg('input', () => AddContactPointInput, { description: 'The person, the kind and value of the contact point, and whose it is.' }) input: AddContactPointInput, @Ctx() ctx: Context): Promise<ContactPointPayload> {
    return write(ctx, async (tx, audit) => {
      const person = await load(tx, Person, input.personId, 'input.personId');
      const requested = input.organizationId ? await load(tx, Organization, input.organizationId, 'input.organizationId') : null;
      const owner = contactOwnerFor(ctx.viewer, requested?.id ?? null);
      if (owner === undefined) throw forbidden('You may only record contact points for your own organization');
      const organization = owner === null ? null : requested?.id === owner ? requested : await tx.findOneOrFail(Organization, owner);
      const point = recordContact(tx, ctx, audit, person, input.kind, contactValue(input.kind, input.value, 'input.value'), organization, input.label);
      return Object.assign(new ContactPointPayload(), { contactPoint: point, person });
    });
  }

  @Authorized('SECRETARIAT', 'ASSOCIATION_EDITOR')
  @Mutation(() => RemoveContactPointPayload, { description: 'Remove a contact point: an editor those of its own organization, the secretariat any. One the caller may not see is NOT_FOUND.' })
  async removeContactPoint(@Arg('input', () => RemoveContactPointInput, { description: 'The contact point and the version you read.' }) input: RemoveContactPointInput, @Ctx() ctx: Context): Promise<RemoveContactPointPayload> {
    return write(ctx, async (tx, audit) => {
      const point = await load(tx, ContactPoint, input.id, 'input.id');
      const owner = point.organization?.id ?? null;
      // Existence is itself private: one the caller may not see answers as if it did not exist.
      if (!maySeeContactPoint(ctx.viewer, owner)) throw notFound('ContactPoint', input.id);
      if (contactOwnerFor(ctx.viewer, owner) !== owner) throw forbidden('You may only remove contact points of your own organization');
      assertVersion(point, input.version);
      const person = await tx.findOneOrFail(Person, point.person.id);
      audit.deleting(point);
      tx.remove(point);
      return Object.assign(new RemoveContactPointPayload(), { removedId: point.globalId, person });
    });
  }
}

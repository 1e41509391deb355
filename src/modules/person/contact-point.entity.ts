import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../relay/global-id.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from './person.entity.js';

export enum ContactKind {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
}
registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'What a contact point is: an email address or a telephone number.',
  valuesConfig: {
    EMAIL: { description: 'An email address.' },
    PHONE: { description: 'A telephone number (digits, spaces, + ( ) . -).' },
  },
});

/**
 * A way to reach a person, owned by the organization that recorded it (null: the secretariat). Who may
 * see it follows only from that owner (`contactPointsVisibleTo` in auth/policy.ts), never from posts a
 * caller could create. Deliberately not a `Node` (no BaseEntity): `node(id)` would hand it to anyone
 * holding its ID; it is reached only through `Person.contactPoints`, which applies the rule. It keeps
 * BaseEntity's shape (uuid, version, timestamps, global ID) so that writes and the audit treat it alike.
 */
@Entity()
@ObjectType({ description: 'A private contact detail of a person (email or telephone), visible to the organization that recorded it and to the secretariat only.' })
export class ContactPoint {
  [OptionalProps]?: 'id' | 'version' | 'createdAt' | 'updatedAt' | 'globalId' | 'nodeType' | 'graphqlTypeName' | 'organization' | 'label';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Int, { description: 'Bumped on every change; send it back to remove the contact point (a stale one gets CONFLICT).' })
  @Property({ version: true })
  version!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @ManyToOne(() => Person, { ref: true, index: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  /** The organization that recorded it and whose readers and editors see it; null for the secretariat. */
  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  organization?: Ref<Organization> | null;

  @Field(() => ContactKind, { description: 'Whether `value` is an email address or a telephone number.' })
  @Enum({ items: () => ContactKind, nativeEnumName: 'contact_kind' })
  kind!: ContactKind;

  @Field({ description: 'The address or number as recorded.' })
  @Property()
  value!: string;

  @Field(() => String, { nullable: true, description: 'What it is for, as recorded ("office", "assistant", ...).' })
  @Property({ type: 'string', nullable: true })
  label?: string | null;

  /** The token subject of whoever entered it (the audit trail has the rest). */
  @Property()
  enteredBy!: string;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID (for removeContactPoint; not refetchable through `node`).' })
  get globalId(): string {
    return toGlobalId(this.nodeType, this.id);
  }

  get nodeType(): string {
    return 'ContactPoint';
  }

  get graphqlTypeName(): string {
    return 'ContactPoint';
  }

  /** The owner, loaded with the contact point (see contact-point.loaders.ts); null: the secretariat. */
  @Field(() => Organization, { name: 'recordedBy', nullable: true, description: 'The organization that recorded it; null when the secretariat did.' })
  get recordedBy(): Organization | null {
    const owner = this.organization;
    if (!owner) return null;
    if (!owner.isInitialized()) throw new Error('a contact point was read without its organization');
    return owner.getEntity();
  }
}

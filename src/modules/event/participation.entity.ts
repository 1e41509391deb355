import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { ParticipationRole } from './event.enums.js';
import { Event } from './event.entity.js';

/** Who took part in an event, in which role; invited vs attended makes inactivity measurable. */
@Entity()
@Unique({ properties: ['event', 'person'] })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A person’s part in an event: invited, attended, in which role.' })
export class Participation extends SourcedEntity<'invited' | 'role'> {
  @ManyToOne(() => Event, { ref: true, deleteRule: 'cascade' })
  event!: Ref<Event>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  onBehalfOf?: Ref<Organization>;

  @Field(() => ParticipationRole, { description: 'The part the person played (ATTENDEE unless recorded otherwise).' })
  @Enum({ items: () => ParticipationRole, nativeEnumName: 'participation_role' })
  role: ParticipationRole = ParticipationRole.ATTENDEE;

  @Field({ description: 'The person was invited.' })
  @Property()
  invited: boolean = true;

  @Field(() => Boolean, { nullable: true, description: 'The person attended; null while unknown (e.g. a future event).' })
  @Property({ type: 'boolean', nullable: true })
  attended?: boolean | null;
}

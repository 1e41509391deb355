import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne } from '@mikro-orm/decorators/legacy';
import { Organization } from '../organization/organization.entity.js';
import { Event } from './event.entity.js';

/** An organization organising an event. */
@Entity()
export class EventOrganizer {
  @ManyToOne(() => Event, { primary: true, ref: true, deleteRule: 'cascade' })
  event!: Ref<Event>;

  @ManyToOne(() => Organization, { primary: true, ref: true, index: true, deleteRule: 'cascade' })
  organization!: Ref<Organization>;
}

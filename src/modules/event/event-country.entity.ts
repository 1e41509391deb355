import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne } from '@mikro-orm/decorators/legacy';
import { Country } from '../country/country.entity.js';
import { Event } from './event.entity.js';

/** A country an event concerns. */
@Entity()
export class EventCountry {
  @ManyToOne(() => Event, { primary: true, ref: true, deleteRule: 'cascade' })
  event!: Ref<Event>;

  @ManyToOne(() => Country, { primary: true, ref: true, index: true })
  country!: Ref<Country>;
}

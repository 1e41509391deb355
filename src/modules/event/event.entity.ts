import { Collection, type Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { AmbassadorPosting } from '../ambassador/ambassador-posting.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Province } from '../province/province.entity.js';
import { CountQualifier, EventKind, EventStatus } from './event.enums.js';
import { EventCountry } from './event-country.entity.js';
import { EventOrganizer } from './event-organizer.entity.js';
import { notPaged } from '../../relay/connection.js';

@Entity()
@Index({ properties: ['startDate.start'] })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A welcome, farewell, conference, meeting, congress, delegation, exchange, anniversary or award.' })
export class Event extends SourcedEntity<'organizerLinks' | 'countryLinks' | 'startDateCandidates' | 'status'> {
  @Field(() => EventKind, { description: 'What kind of event it is.' })
  @Enum({ items: () => EventKind, nativeEnumName: 'event_kind' })
  @Index()
  kind!: EventKind;

  @Field({ description: 'The event’s title, as recorded.' })
  @Property({ type: 'text' })
  title!: string;

  /** The title's search form, computed by the database (Migration20261204120000_EventSearch): what `search` matches. */
  @Property({ type: 'text', generated: '(fold_for_search("title")) stored', nullable: true, hidden: true })
  @Index({ name: 'event_search_text_trgm', expression: 'create index "event_search_text_trgm" on "event" using gin ("search_text" gin_trgm_ops)' })
  searchText?: string;

  @Field(() => PartialDate, { description: 'When it began (or took place), as precise as the source states it; where the source leaves several dates open, the earliest (see startDateCandidates).' })
  @Embedded(() => PartialDate)
  startDate!: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, for an event of several days; null when no end is recorded (a one-day event).' })
  @Embedded(() => PartialDate, { nullable: true })
  endDate?: PartialDate;

  @Field(() => [String], { description: `Other dates the source leaves open (the start holds the earliest). ${notPaged('the few dates one source leaves open')}` })
  @Property({ type: 'text[]' })
  startDateCandidates: string[] = [];

  @ManyToOne(() => Province, { ref: true, nullable: true, index: true })
  province?: Ref<Province>;

  @Field({ nullable: true, description: 'Where it took place (e.g. "National Convention Centre, Hanoi"), as recorded; null when not recorded.' })
  @Property({ nullable: true })
  venue?: string;

  @Field({ nullable: true, description: 'Notes on the event as recorded (who organised it, how many came, earlier editions, ...); null when there are none.' })
  @Property({ type: 'text', nullable: true })
  description?: string;

  @Field(() => Int, { nullable: true, description: 'Number of participants as reported (see the qualifier); null when no source gives one. Not a count of `participations`.' })
  @Property({ nullable: true })
  participantCount?: number;

  @Field(() => CountQualifier, { nullable: true, description: 'How the source states participantCount (exactly, about, ...); null when not recorded.' })
  @Enum({ items: () => CountQualifier, nativeEnumName: 'count_qualifier', nullable: true })
  participantCountQualifier?: CountQualifier;

  @Field(() => EventStatus, { description: 'Whether the event stands or was called off (SCHEDULED unless cancelled).' })
  @Enum({ items: () => EventStatus, nativeEnumName: 'event_status', default: EventStatus.SCHEDULED })
  status: EventStatus = EventStatus.SCHEDULED;

  @Field({ nullable: true, description: 'Why it was called off, as recorded with `cancelEvent`.' })
  @Property({ type: 'text', nullable: true })
  cancellationReason?: string;

  @ManyToOne(() => AmbassadorPosting, { ref: true, nullable: true, index: true })
  ambassadorPosting?: Ref<AmbassadorPosting>;

  @ManyToOne(() => Congress, { ref: true, nullable: true, index: true })
  congress?: Ref<Congress>;

  @OneToMany(() => EventOrganizer, (link) => link.event)
  organizerLinks = new Collection<EventOrganizer>(this);

  @OneToMany(() => EventCountry, (link) => link.event)
  countryLinks = new Collection<EventCountry>(this);

  @Property({ nullable: true })
  @Unique()
  slug?: string;
}

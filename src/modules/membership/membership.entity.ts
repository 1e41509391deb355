import { BeforeCreate, BeforeUpdate, Check, Embedded, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity.js';
import { PartialDate } from '../../db/partial-date.js';
import { SourcedEntity } from '../../db/sourced.entity.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Body } from '../body/body.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { heldSince, heldTill } from './membership.certainty.js';
import { Role, SINGLE_SEAT_ROLES } from './membership.enums.js';
import { notPaged } from '../../relay/connection.js';

/**
 * A person holding a role in an organization, or in one of its bodies, over a span of time
 * (Popolo's Membership). `heldFrom`/`heldUntil` are derived from the stated dates so that
 * "as of" queries are one indexed range test.
 */
@Entity()
// One holder of a single-seat role of a body on any day (migration SingleSeat; written as PostgreSQL
// prints it back, so that schema diffs see no change).
@Check({
  name: 'membership_single_seat',
  expression: `EXCLUDE USING gist (body_id WITH =, role WITH =, daterange(held_from, held_until, '[]'::text) WITH &&) WHERE ((role = ANY (ARRAY[${[...SINGLE_SEAT_ROLES].map((r) => `'${r}'::role`).join(', ')}])))`,
})
@Index({ properties: ['body', 'heldFrom'] })
@Index({ properties: ['organization', 'role'] })
@ObjectType({ implements: [BaseEntity, SourcedEntity], description: 'A person holding a role in an organization or one of its bodies, from a date to a date.' })
export class Membership extends SourcedEntity<'heldFrom' | 'heldUntil' | 'attestedOn'> {
  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @ManyToOne(() => Organization, { ref: true, index: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => Body, { ref: true, nullable: true, index: true })
  body?: Ref<Body>;

  @ManyToOne(() => Congress, { ref: true, nullable: true, index: true })
  congress?: Ref<Congress>;

  @Field(() => Role, { description: 'The role held (`title` gives it as the source writes it).' })
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Field({ nullable: true, description: 'The title as the source writes it (e.g. "Vice-President cum Secretary General").' })
  @Property({ nullable: true })
  title?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When the person took the role, where stated.' })
  @Embedded(() => PartialDate, { nullable: true })
  startDate?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'When the person left the role, where stated (or a successor took it).' })
  @Embedded(() => PartialDate, { nullable: true })
  endDate?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'Start of the elected term (says nothing about an early end).' })
  @Embedded(() => PartialDate, { nullable: true })
  termStart?: PartialDate;

  @Field(() => PartialDate, { nullable: true, description: 'End of the elected term.' })
  @Embedded(() => PartialDate, { nullable: true })
  termEnd?: PartialDate;

  @Field(() => PartialDate, {
    nullable: true,
    description:
      'An end no source states but known to lie before this date: the post had ended by then (say, a successor is shown in the seat that year). The post is not confirmed after its last evidence, and is no longer held after this date (heldUntil is its last day). Null when the end is stated, or unknown.',
  })
  @Embedded(() => PartialDate, { nullable: true })
  endedBy?: PartialDate;

  /** Dates on which a source shows the person in the role, when no start is known. */
  @Field(() => [String], { description: `Dates (YYYY[-MM[-DD]]) on which a source shows the person in the role. ${notPaged('the few dates the sources of one post give')}` })
  @Property({ type: 'text[]' })
  attestedOn: string[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'First day the role can have been held (for lists by date): the first day the start, else the term start, else the first attestation can mean, so 1 January for a year. `since` gives that date as the source states it.' })
  @Property({ type: 'date', nullable: true })
  heldFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the role can have been held (for lists by date): the last day the end, else the end of the term or the date it had ended by (the earlier) can mean, so 31 December for a year; null while open. `until` gives a stated end as the source states it.' })
  @Property({ type: 'date', nullable: true })
  heldUntil?: string | null;

  // Getters, not field resolvers: read straight off the row, like PartialDate.text.
  @Field(() => PartialDate, { nullable: true, description: 'When the post began, at the precision the source gives: the stated start, else the start of the term, else the first attestation (heldFrom is its first day).' })
  get since(): PartialDate | null {
    return heldSince(this);
  }

  @Field(() => PartialDate, { nullable: true, description: 'When the post ended, at the precision the source gives (an end known only to the year reads "2023", not 31 December): the stated end, else the end of the term; null while open, or when the post is only known to have ended by a date (see endedBy; heldUntil is its last day).' })
  get until(): PartialDate | null {
    return heldTill(this);
  }

  /**
   * Derives the indexed span from the stated dates. A member of a body elected for a term serves within
   * it: a post of such a body with no end, term or bound of its own takes the body's term, as the seed
   * writes the congress terms (from the body when it is loaded, as in every write; a row read without it
   * keeps what it has).
   */
  @BeforeCreate()
  @BeforeUpdate()
  refreshSpan(): void {
    // Plain span objects (the synthetic generator's) carry no body reference.
    const body = typeof this.body?.isInitialized === 'function' && this.body.isInitialized() ? this.body.getEntity() : undefined;
    if (body?.termEnd && !this.endDate && !this.termEnd && !this.endedBy) {
      const from = this.startDate?.start ?? this.termStart?.start;
      if (!from || from <= body.termEnd.end) {
        this.termStart ??= body.termStart ? Object.assign(new PartialDate(), body.termStart) : undefined;
        this.termEnd = Object.assign(new PartialDate(), body.termEnd);
      }
    }
    const attested = [...this.attestedOn].sort()[0];
    this.heldFrom = this.startDate?.start ?? this.termStart?.start ?? PartialDate.parse(attested)?.start ?? null;
    const ends = [this.termEnd?.end, this.endedBy?.end].filter((d): d is string => Boolean(d)).sort();
    this.heldUntil = this.endDate?.end ?? ends[0] ?? null;
  }
}

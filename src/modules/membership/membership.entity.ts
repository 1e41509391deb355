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

  @Field(() => Role)
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

  /** Dates on which a source shows the person in the role, when no start is known. */
  @Field(() => [String], { description: `Dates (YYYY[-MM[-DD]]) on which a source shows the person in the role. ${notPaged('the few dates the sources of one post give')}` })
  @Property({ type: 'text[]' })
  attestedOn: string[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'First day the role can have been held (for lists by date): the first day the start, else the term start, else the first attestation can mean, so 1 January for a year. `since` gives that date as the source states it.' })
  @Property({ type: 'date', nullable: true })
  heldFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the role can have been held (for lists by date): the last day the end, else the end of the term can mean, so 31 December for a year; null while open. `until` gives that date as the source states it.' })
  @Property({ type: 'date', nullable: true })
  heldUntil?: string | null;

  // Getters, not field resolvers: read straight off the row, like PartialDate.text.
  @Field(() => PartialDate, { nullable: true, description: 'When the post began, at the precision the source gives: the stated start, else the start of the term, else the first attestation (heldFrom is its first day).' })
  get since(): PartialDate | null {
    return heldSince(this);
  }

  @Field(() => PartialDate, { nullable: true, description: 'When the post ended, at the precision the source gives (an end known only to the year reads "2023", not 31 December): the stated end, else the end of the term; null while open (heldUntil is its last day).' })
  get until(): PartialDate | null {
    return heldTill(this);
  }

  /** Derives the indexed span from the stated dates. */
  @BeforeCreate()
  @BeforeUpdate()
  refreshSpan(): void {
    const attested = [...this.attestedOn].sort()[0];
    this.heldFrom = this.startDate?.start ?? this.termStart?.start ?? PartialDate.parse(attested)?.start ?? null;
    this.heldUntil = this.endDate?.end ?? this.termEnd?.end ?? null;
  }
}

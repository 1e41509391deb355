import { findRows } from '../../db/rows.js';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDate } from '../../db/partial-date.js';
import { DateScalar } from '../../graphql/scalars.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import { ConnectionType, type PageRequest } from '../../relay/connection.js';
import { listPage, type Page } from '../../relay/grouped-page.js';
import { heldSince, heldTill } from '../membership/membership.certainty.js';
import { Membership } from '../membership/membership.entity.js';
import { roleRank } from '../membership/membership.enums.js';

export enum RosterChangeKind {
  JOINED = 'JOINED',
  LEFT = 'LEFT',
}
registerEnumType(RosterChangeKind, {
  name: 'RosterChangeKind',
  description: 'Whether a roster change is a member taking a seat or leaving it.',
  valuesConfig: {
    JOINED: { description: 'The member took the seat (the membership began).' },
    LEFT: { description: 'The member left the seat (the membership ended); listed only once the day has come.' },
  },
});

@ObjectType({ description: 'One change of a body’s roster: someone joined or left on a date.' })
export class RosterChange {
  @Field(() => PartialDate, { description: 'When, at the precision the source gives: a departure known only to the year reads "2023" (the post’s `since` or `until`).' })
  date!: PartialDate;

  /** The day the change is ordered by: the first day a joining can mean, the last day a departure can (heldFrom, heldUntil). */
  day!: string;

  @Field(() => RosterChangeKind, { description: 'Joined or left.' })
  kind!: RosterChangeKind;

  @Field(() => Membership, { description: 'The membership that began or ended.' })
  membership!: Membership;
}

@ObjectType({ description: 'Seats of a body on a date: stated size, members holding a seat, vacancies.' })
export class Seats {
  @Field(() => DateScalar, { description: 'The day the seats are counted on.' })
  asOf!: string;

  @Field(() => Int, { nullable: true, description: 'Seats as elected or stated; null where the source gives no size.' })
  size!: number | null;

  @Field(() => Int, { description: 'Members holding a seat on that date.' })
  filled!: number;

  @Field(() => Int, { nullable: true, description: 'size − filled, never negative; null without a stated size.' })
  get vacancies(): number | null {
    return this.size == null ? null : Math.max(this.size - this.filled, 0);
  }
}

/** Every membership of many bodies (their full history), for change logs. */
export const membershipsOfBodies = defineLoader<string, Membership[]>(async (em, ids) => {
  const rows = await findRows(em, Membership, { body: { $in: [...ids] } }, { heldFrom: 'asc', id: 'asc' });
  return grouped(ids, rows, (m) => m.body!.id);
});

export const RosterChangeConnection = ConnectionType<RosterChange>('RosterChange', () => RosterChange);
export type RosterChangeConnection = InstanceType<typeof RosterChangeConnection>;

/** A page of a roster's changes in the order of rosterChanges: newest first; on one day departures before arrivals, then by rank. */
export function rosterChangePage(changes: readonly RosterChange[], page: PageRequest): Page<RosterChange> {
  return listPage(changes, {
    name: 'roster-changes',
    keys: [
      { value: (c) => c.day, direction: 'desc' },
      { value: (c) => (c.kind === RosterChangeKind.LEFT ? 0 : 1), direction: 'asc', numeric: true },
      { value: (c) => roleRank(c.membership.role), direction: 'asc', numeric: true },
    ],
    id: (c) => `${c.membership.id}:${c.kind}`,
    page,
  });
}

/** Joins and departures, newest first; a departure only once it has happened (by `today`). */
export function rosterChanges(memberships: Membership[], today: string): RosterChange[] {
  const changes: RosterChange[] = [];
  for (const membership of memberships) {
    const since = heldSince(membership);
    const until = heldTill(membership);
    if (membership.heldFrom && since) changes.push(Object.assign(new RosterChange(), { date: since, day: membership.heldFrom, kind: RosterChangeKind.JOINED, membership }));
    if (membership.heldUntil && until && membership.heldUntil <= today) changes.push(Object.assign(new RosterChange(), { date: until, day: membership.heldUntil, kind: RosterChangeKind.LEFT, membership }));
  }
  // Newest first; on one day departures before arrivals, then by rank.
  const rank = (c: RosterChange) => roleRank(c.membership.role);
  return changes.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? 1 : -1) : a.kind !== b.kind ? (a.kind === RosterChangeKind.LEFT ? -1 : 1) : rank(a) - rank(b)));
}

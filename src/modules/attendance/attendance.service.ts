import { Params, readSql } from '../../db/read-sql.js';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { defineLoader } from '../../graphql/loaders.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedRowPages, listPage, ROOT, type Page, type SortKey } from '../../relay/grouped-page.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { isoDate as iso, today } from '../../relay/temporal.js';
import { PartialDate } from '../../db/partial-date.js';
import { Body } from '../body/body.entity.js';
import { heldSinceSql, heldTillSql } from '../membership/membership.certainty.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Attendance, MemberAttendance, type InactiveMembersArgs, type PeriodArgs } from './attendance.types.js';

export interface Period {
  from: string;
  to: string;
}


export function period(args: PeriodArgs): Period {
  const to = args.to ? iso(args.to) : today();
  const from = args.from ? iso(args.from) : `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  if (from > to) throw badUserInput('`from` must not be after `to`', [{ field: 'from', message: 'after to' }]);
  return { from, to };
}

/** Invitations count for events that stand: a cancelled event's are kept on record, in no figure. */
const HELD = `e.status <> 'CANCELLED'`;

const TALLY_ATTENDED = 'count(*) filter (where p.invited and p.attended)';
const TALLY_RECORDED = 'count(*) filter (where p.invited and p.attended is not null)';
const TALLY = `count(*) filter (where p.invited)::int as invited, ${TALLY_ATTENDED}::int as attended, ${TALLY_RECORDED}::int as recorded`;

/** Attendance of many persons over one period, in one statement. */
export const attendanceOfPersons = (ctx: Context, p: Period) =>
  ctx.loaders.keyed(`attendance:persons:${p.from}:${p.to}`, personAttendanceLoader(p));

const personAttendanceLoader = (p: Period) =>
  defineLoader<string, Attendance>(async (em, personIds) => {
    const rows = await readSql<{ person_id: string; invited: number; attended: number; recorded: number }>(
      em,
      `select p.person_id, ${TALLY} from participation p join event e on e.id = p.event_id
       where e.start_date_start between $1::date and $2::date and ${HELD} and p.person_id = any($3::uuid[])
       group by p.person_id`,
      [p.from, p.to, personIds],
    );
    const byPerson = new Map(rows.map((r) => [r.person_id, r]));
    return personIds.map((id) => Object.assign(new Attendance(), { from: p.from, to: p.to, invited: 0, attended: 0, recorded: 0, ...pick(byPerson.get(id)) }));
  });

const pick = (row?: { invited: number; attended: number; recorded: number }) => (row ? { invited: row.invited, attended: row.attended, recorded: row.recorded } : {});

/** Inactive members are listed 50 a page unless asked otherwise (their `first` was a plain limit of 50). */
export const INACTIVE_PAGE = 50;

/**
 * Least active first: nothing recorded at all (never invited, or only to events still to come), then by
 * rate, the most invited first, then by person (and seat). Over the columns of memberTallySql (alias `r`).
 */
const LEAST_ACTIVE: SortKey[] = [
  { sql: 'r.active', direction: 'asc', numeric: true },
  { sql: 'r.rate', direction: 'asc', numeric: true },
  { sql: 'r.invited', direction: 'desc', numeric: true },
  { sql: 'r.person_id', direction: 'asc' },
];

/**
 * Committee members (a seat in a body at some point of the period) with their attendance at events their
 * organization organised in the period, least active first: the secretariat's "long lists, few active".
 * A page of them in one statement; the cursors follow that order.
 */
export function inactiveMembers(ctx: Context, args: InactiveMembersArgs, page: ConnectionArgs): Promise<Page<MemberAttendance>> {
  const p = period(args);
  const organizationId = args.organizationId ? expectGlobalId(args.organizationId, 'Organization', 'organizationId') : null;
  const below = { minRecorded: args.minRecorded, maxRate: args.maxRate };
  return groupedRowPages(ctx.loaders, {
    name: `inactive-members:${JSON.stringify([p, organizationId, below])}`,
    rows: (params) => memberTallySql(params, p, { organizationId, below }),
    parent: false,
    sort: LEAST_ACTIVE,
    page: pageRequest(page, INACTIVE_PAGE),
    read: (row) => toMemberAttendance(ctx, p, row as unknown as TallyRow),
  }).load(ROOT);
}

/** Per-member attendance of the given bodies' members (the body's own roster view). */
export const bodyMemberAttendance = (ctx: Context, p: Period) =>
  ctx.loaders.keyed(`attendance:bodies:${p.from}:${p.to}`, bodyAttendanceLoader(p));

const bodyAttendanceLoader = (p: Period) =>
  defineLoader<string, TallyRow[]>(async (em, bodyIds) => {
    const params = new Params();
    const rows = await readSql<TallyRow>(em, memberTallySql(params, p, { bodyIds }), params.values);
    return bodyIds.map((id) => rows.filter((r) => r.body_id === id));
  });

/** A page of a body's members in the order of `inactiveMembers` (least active first), from its tally. */
export function memberPage(ctx: Context, p: Period, rows: readonly TallyRow[], page: ConnectionArgs): Page<MemberAttendance> {
  const tallies = listPage(rows, {
    name: 'body-attendance',
    keys: [
      { value: (r) => r.active, direction: 'asc', numeric: true },
      { value: (r) => r.rate, direction: 'asc', numeric: true },
      { value: (r) => r.invited, direction: 'desc', numeric: true },
      { value: (r) => r.person_id, direction: 'asc' },
    ],
    id: (r) => r.__id,
    page: pageRequest(page),
  });
  return { ...tallies, edges: tallies.edges.map(({ cursor, node }) => ({ cursor, node: toMemberAttendance(ctx, p, node) })) };
}

export interface TallyRow {
  /** person_id:body_id, the seat's key. */
  __id: string;
  person_id: string;
  organization_id: string;
  body_id: string;
  /** The seat during the period: its first day, and its last (null: still held). */
  held_from: string | null;
  held_until: string | null;
  /** The same two as the sources state them (YYYY, YYYY-MM or YYYY-MM-DD). */
  since: string | null;
  until: string | null;
  invited: number;
  attended: number;
  recorded: number;
  /** 1 when some invitation's outcome is recorded, else 0 (those come first: nobody is less active). */
  active: number;
  /** attended ÷ recorded, 0 when nothing is recorded (the order's rate; the API's is null then). */
  rate: number;
}

interface TallyScope {
  organizationId?: string | null;
  bodyIds?: readonly string[];
  /** Only members at or below a rate, with at least `minRecorded` recorded invitations. */
  below?: { minRecorded: number; maxRate: number };
}

/**
 * Committee members holding a seat at some point of the period, each with their invitations to events
 * their organization organised in the period. The tally starts from the events of the period (a few per
 * cent of all participations), not from every participation of every member; the rate filter is applied
 * in the statement, so a Union-wide list sends back only its page.
 */
function memberTallySql(params: Params, p: Period, scope: TallyScope): string {
  const from = params.add(p.from);
  const to = params.add(p.to);
  let seatScope = '';
  let eventScope = '';
  if (scope.organizationId) {
    const organization = params.add(scope.organizationId);
    seatScope += ` and m.organization_id = ${organization}`;
    eventScope += ` and eo.organization_id = ${organization}`;
  }
  if (scope.bodyIds) seatScope += ` and m.body_id = any(${params.add(scope.bodyIds)}::uuid[])`;
  const below = scope.below;
  // Without invitations nobody reaches minRecorded ≥ 1: then only members invited in the period are candidates.
  const join = below && below.minRecorded > 0 ? 'join' : 'left join';
  if (join === 'join') seatScope += ' and (m.person_id, m.organization_id) in (select person_id, organization_id from invitations)';
  const rate = `${TALLY_ATTENDED}::float / greatest(${TALLY_RECORDED}, 1)`;
  const filter = below ? `having ${TALLY_RECORDED} >= ${params.add(below.minRecorded)} and ${rate} <= ${params.add(below.maxRate)}` : '';
  // The invitations of the period's events (a few per cent of all participations), each counted for a seat
  // only when the event fell while the member held it: a member who left is not credited with what came after.
  return `with invitations as (
       select p.person_id, eo.organization_id, e.start_date_start as day, p.invited, p.attended
       from event e join event_organizer eo on eo.event_id = e.id join participation p on p.event_id = e.id
       where e.start_date_start between ${from}::date and ${to}::date and ${HELD}${eventScope}
     ), seats as (
       select m.person_id, m.organization_id, m.body_id, min(m.held_from) as held_from,
         case when bool_or(m.held_until is null) then null else max(m.held_until) end as held_until,
         (array_agg(${heldSinceSql('m')} order by m.held_from nulls last))[1] as since,
         case when bool_or(m.held_until is null) then null else (array_agg(${heldTillSql('m')} order by m.held_until desc))[1] end as until
       from membership m
       where m.body_id is not null and m.held_from <= ${to}::date and (m.held_until is null or m.held_until >= ${from}::date)${seatScope}
       group by m.person_id, m.organization_id, m.body_id
     )
     select s.person_id || ':' || s.body_id as __id, s.person_id, s.organization_id, s.body_id, s.held_from::text as held_from, s.held_until::text as held_until, s.since, s.until, ${TALLY},
       (${TALLY_RECORDED} > 0)::int as active, ${rate} as rate
     from seats s ${join} invitations p on p.person_id = s.person_id and p.organization_id = s.organization_id
       and p.day >= s.held_from and (s.held_until is null or p.day <= s.held_until)
     group by s.person_id, s.organization_id, s.body_id, s.held_from, s.held_until, s.since, s.until
     ${filter}`;
}

export function toMemberAttendance(ctx: Context, p: Period, r: TallyRow): MemberAttendance {
  const attendance = Object.assign(new MemberAttendance(), {
    from: p.from,
    to: p.to,
    invited: r.invited,
    attended: r.attended,
    recorded: r.recorded,
    seatFrom: PartialDate.parse(r.since) ?? null,
    seatUntil: PartialDate.parse(r.until) ?? null,
  });
  return withLazyFields(attendance, {
    person: () => ctx.loaders.byId(Person).load(r.person_id),
    organization: () => ctx.loaders.byId(Organization).load(r.organization_id),
    body: () => ctx.loaders.byId(Body).load(r.body_id),
  });
}

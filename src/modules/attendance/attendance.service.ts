import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { withLazyFields } from '../../graphql/lazy.js';
import { defineLoader } from '../../graphql/loaders.js';
import { MAX_PAGE_SIZE } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { isoDate as iso, today } from '../../relay/temporal.js';
import { Body } from '../body/body.entity.js';
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

const TALLY = `count(*) filter (where p.invited)::int as invited,
  count(*) filter (where p.invited and p.attended)::int as attended,
  count(*) filter (where p.invited and p.attended is not null)::int as recorded`;

/** Attendance of many persons over one period, in one statement. */
export const attendanceOfPersons = (ctx: Context, p: Period) =>
  ctx.loaders.keyed(`attendance:persons:${p.from}:${p.to}`, personAttendanceLoader(p));

const personAttendanceLoader = (p: Period) =>
  defineLoader<string, Attendance>(async (em, personIds) => {
    const rows = await em.execute<{ person_id: string; invited: number; attended: number; recorded: number }[]>(
      `select p.person_id, ${TALLY} from participation p join event e on e.id = p.event_id
       where e.start_date_start between ? and ? and p.person_id in (${personIds.map(() => '?').join(', ')})
       group by p.person_id`,
      [p.from, p.to, ...personIds],
    );
    const byPerson = new Map(rows.map((r) => [r.person_id, r]));
    return personIds.map((id) => Object.assign(new Attendance(), { from: p.from, to: p.to, invited: 0, attended: 0, recorded: 0, ...pick(byPerson.get(id)) }));
  });

const pick = (row?: { invited: number; attended: number; recorded: number }) => (row ? { invited: row.invited, attended: row.attended, recorded: row.recorded } : {});

/**
 * Committee members (a seat in a body at some point of the period) with their attendance at events their
 * organization organised in the period, least active first: the secretariat's "long lists, few active".
 */
export async function inactiveMembers(ctx: Context, args: InactiveMembersArgs): Promise<MemberAttendance[]> {
  const p = period(args);
  if (args.first < 0 || args.first > MAX_PAGE_SIZE) throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}`, [{ field: 'first', message: 'out of range' }]);
  const organizationId = args.organizationId ? expectGlobalId(args.organizationId, 'Organization', 'organizationId') : null;
  const rows = await memberTallies(ctx.em, p, organizationId, null);
  return rows
    .filter((r) => r.recorded >= args.minRecorded && r.attended / Math.max(r.recorded, 1) <= args.maxRate)
    .slice(0, args.first)
    .map((r) => toMemberAttendance(ctx, p, r));
}

/** Per-member attendance of the given bodies' members (the body's own roster view). */
export const bodyMemberAttendance = (ctx: Context, p: Period) =>
  ctx.loaders.keyed(`attendance:bodies:${p.from}:${p.to}`, bodyAttendanceLoader(p));

const bodyAttendanceLoader = (p: Period) =>
  defineLoader<string, TallyRow[]>(async (em, bodyIds) => {
    const rows = await memberTallies(em, p, null, bodyIds);
    return bodyIds.map((id) => rows.filter((r) => r.body_id === id));
  });

export interface TallyRow {
  person_id: string;
  organization_id: string;
  body_id: string;
  invited: number;
  attended: number;
  recorded: number;
}

async function memberTallies(em: EntityManager, p: Period, organizationId: string | null, bodyIds: readonly string[] | null): Promise<TallyRow[]> {
  const params: unknown[] = [p.to, p.from];
  let scope = '';
  if (organizationId) {
    scope += ' and m.organization_id = ?';
    params.push(organizationId);
  }
  // Stryker disable next-line BlockStatement: bodyAttendanceLoader splits the rows by body, so without this scope it only reads more seats
  if (bodyIds) {
    scope += ` and m.body_id in (${bodyIds.map(() => '?').join(', ')})`;
    params.push(...bodyIds);
  }
  params.push(p.from, p.to);
  return em.execute<TallyRow[]>(
    `with seats as (
       select distinct m.person_id, m.organization_id, m.body_id from membership m join organization o on o.id = m.organization_id
       where m.body_id is not null and (m.held_from is null or m.held_from <= ?) and (m.held_until is null or m.held_until >= ?)${scope}
     )
     select s.person_id, s.organization_id, s.body_id, ${TALLY.replace(/\(where p\./g, '(where e.id is not null and p.')}
     from seats s
     left join participation p on p.person_id = s.person_id
     left join event e on e.id = p.event_id and e.start_date_start between ? and ?
       and exists (select 1 from event_organizer eo where eo.event_id = e.id and eo.organization_id = s.organization_id)
     group by s.person_id, s.organization_id, s.body_id
     order by (count(*) filter (where e.id is not null and p.invited and p.attended))::float
              / greatest(count(*) filter (where e.id is not null and p.invited and p.attended is not null), 1) asc,
              count(*) filter (where e.id is not null and p.invited) desc, s.person_id`,
    params,
  );
}

export function toMemberAttendance(ctx: Context, p: Period, r: TallyRow): MemberAttendance {
  const attendance = Object.assign(new MemberAttendance(), { from: p.from, to: p.to, invited: r.invited, attended: r.attended, recorded: r.recorded });
  return withLazyFields(attendance, {
    person: () => ctx.loaders.byId(Person).load(r.person_id),
    organization: () => ctx.loaders.byId(Organization).load(r.organization_id),
    body: () => ctx.loaders.byId(Body).load(r.body_id),
  });
}

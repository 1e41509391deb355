import type { Context } from '../../graphql/context.js';
import { readSql } from '../../db/read-sql.js';
import { defineLoader } from '../../graphql/loaders.js';
import { pageRequest } from '../../relay/connection.js';
import { groupedCounts, groupedPages, includesOf, type GroupedQuery, type Include } from '../../relay/grouped-page.js';
import { Body } from '../body/body.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { readingDate } from '../../relay/temporal.js';
import { Membership } from './membership.entity.js';
import { certaintyOn, confirmedOn, notSupersededOn, spansDay, supersededFromSql, type HoldingCertainty } from './membership.certainty.js';
import { ROLE_ORDER } from './membership.enums.js';
import type { MembershipListArgs } from './membership.types.js';

export const ROLE_RANK_SQL = `array_position(array[${ROLE_ORDER.map((r) => `'${r}'`).join(', ')}]::text[], t.role::text)`;

/**
 * A roster's order: by role (presidents first), then the member's name in Vietnamese order (the
 * person's sort key, compared byte by byte as every list by name is). One text key, so that cursors
 * carry it as they carry names.
 */
export const ROSTER_ORDER_SQL = `(lpad(${ROLE_RANK_SQL}::text, 2, '0') || (select p.name_sort from person p where p.id = t.person_id)) collate "C"`;

/** The conditions of a list of posts held on `day`: in their span (which an undated post has not), not superseded, confirmed where asked. */
export function heldOnDay(day: string, confirmedOnly = false) {
  return [spansDay(day), notSupersededOn(day), ...(confirmedOnly ? [confirmedOn(day)] : [])];
}

export type MembershipParent = 'body' | 'organization' | 'person';

/**
 * The day a membership of a page was read for (null: the whole history). Only a shortcut for
 * `certaintyFor`: no field of a Membership answers by it (a field's value must not depend on the list it
 * was read in, or a client's normalised cache mixes the answers of two dates), and the day of a list is
 * on its edges (MembershipEdge, BodyMemberEdge), which are built with it.
 */
export const readFor = new WeakMap<Membership, string | null>();

function membershipQuery(parent: MembershipParent, args: MembershipListArgs, order: 'rank' | 'recent'): GroupedQuery<Membership> {
  const date = readingDate(args);
  return {
    name: `membership:${parent}:${order}`,
    entity: Membership,
    parent: `t.${parent}_id`,
    where: args.roles?.length ? { role: { $in: args.roles } } : {},
    conditions: date ? heldOnDay(date, args.confirmedOnly) : [],
    // Each post remembers the day its list was read for: a certainty asked for that day needs no further statement.
    decorate: (membership) => void (readFor.set(membership, date ?? null)),
    // A roster reads by rank; a person's record reads newest first.
    sort: order === 'recent' ? { sql: `coalesce(t.held_from, '0001-01-01'::date)`, direction: 'desc' } : { sql: ROSTER_ORDER_SQL, direction: 'asc' },
    page: pageRequest(args),
  };
}

const REFERENCES: Record<string, Include['entity']> = { person: Person, organization: Organization, body: Body };

/** The references of a membership a selection asks for (its `person`, `organization`, `body`), to read with the page. */
export function membershipIncludes(fields: ReadonlySet<string>): Include[] {
  return includesOf(REFERENCES, fields);
}

/** Memberships of many bodies, organizations or persons, one page each, in one statement. */
export function membershipPages(
  ctx: Context,
  parent: MembershipParent,
  args: MembershipListArgs,
  order: 'rank' | 'recent' = parent === 'person' ? 'recent' : 'rank',
  include: Include[] = [],
) {
  return groupedPages(ctx.loaders, { ...membershipQuery(parent, args, order), include });
}

/** How many memberships each parent has (as of the date in `args`), in one statement. */
export function membershipCounts(ctx: Context, parent: MembershipParent, args: MembershipListArgs) {
  return groupedCounts(ctx.loaders, membershipQuery(parent, args, 'rank'));
}

/**
 * The day each post is superseded from (supersededFromSql; null: never), for a certainty asked of a post
 * for a day its list was not read for. One statement per wave of posts.
 */
export const supersessions = defineLoader<string, string | null>(async (em, ids) => {
  const rows = await readSql<{ id: string; day: string | null }>(em, `select t.id, (${supersededFromSql('t')})::text as day from membership t where t.id = any($1::uuid[])`, [ids]);
  const days = new Map(rows.map((r) => [r.id, r.day]));
  return ids.map((id) => days.get(id) ?? null);
});

/**
 * How sure it is that `membership` was held on `day` (certaintyOn, with the supersession rule). A post
 * of a list read for that very day needs no statement: the list left out what was not held or was
 * superseded that day. Any other post or day asks `supersessions`.
 */
export function certaintyFor(ctx: Context, membership: Membership, day: string): HoldingCertainty | null | Promise<HoldingCertainty | null> {
  if (readFor.get(membership) === day) return certaintyOn(membership, day);
  return ctx.loaders.use(supersessions).load(membership.id).then((from) => certaintyOn(membership, day, from));
}

import type { Context } from '../../graphql/context.js';
import { pageRequest } from '../../relay/connection.js';
import { groupedCounts, groupedPages, includesOf, type GroupedQuery, type Include } from '../../relay/grouped-page.js';
import { Body } from '../body/body.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { heldOn, readingDate } from '../../relay/temporal.js';
import { Membership } from './membership.entity.js';
import { confirmedOn } from './membership.certainty.js';
import { ROLE_ORDER } from './membership.enums.js';
import type { MembershipListArgs } from './membership.types.js';

export const ROLE_RANK_SQL = `array_position(array[${ROLE_ORDER.map((r) => `'${r}'`).join(', ')}]::text[], t.role::text)`;

export type MembershipParent = 'body' | 'organization' | 'person';

/** The day a membership of a page was read for (null: the whole history). */
export const readFor = new WeakMap<Membership, string | null>();

function membershipQuery(parent: MembershipParent, args: MembershipListArgs, order: 'rank' | 'recent'): GroupedQuery<Membership> {
  const date = readingDate(args);
  return {
    name: `membership:${parent}:${order}`,
    entity: Membership,
    parent: `t.${parent}_id`,
    where: args.roles?.length ? { role: { $in: args.roles } } : {},
    conditions: date ? [heldOn(date), ...(args.confirmedOnly ? [confirmedOn(date)] : [])] : [],
    // Each post remembers the day its list was read for: its `certainty` answers for that day.
    decorate: (membership) => void (readFor.set(membership, date ?? null)),
    // A roster reads by rank; a person's record reads newest first.
    sort: order === 'recent' ? { sql: `coalesce(t.held_from, '0001-01-01'::date)`, direction: 'desc' } : { sql: ROLE_RANK_SQL, direction: 'asc' },
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

import type { Context } from '../../graphql/context.js';
import { pageRequest, type ConnectionArgs } from '../../relay/connection.js';
import { groupedPages, type Sort } from '../../relay/grouped-page.js';
import { ROLE_RANK_SQL } from '../membership/membership.loaders.js';
import { GroupMembership } from './group-membership.entity.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

/** Newest legislature first (a group whose legislature the source does not give first, as PostgreSQL sorts nulls). */
const NEWEST_LEGISLATURE = { sql: 'coalesce(t.legislature, 2147483647)', direction: 'desc', numeric: true } as const;

const GROUP_PARENTS: Record<'root' | 'country' | 'association', { parent: string | null; join?: (qb: any) => void; sort: Sort }> = {
  // Then by English name in Vietnamese alphabetical order.
  root: { parent: null, sort: [NEWEST_LEGISLATURE, { sql: 't.name_sort', direction: 'asc' }] },
  country: { parent: 'pgc.country_id', join: (qb) => qb.join('t.countryLinks', 'pgc'), sort: NEWEST_LEGISLATURE },
  association: { parent: 't.coordinating_association_id', sort: NEWEST_LEGISLATURE },
};

/** Parliamentary groups: all (of a legislature, of a country), a country's, or those an association coordinates with. */
export function groupPages(ctx: Context, via: keyof typeof GROUP_PARENTS, args: ConnectionArgs, filter: { legislature?: number; countryCode?: string } = {}) {
  const conditions: { sql: string; params: unknown[] }[] = [];
  if (filter.legislature != null) conditions.push({ sql: 't.legislature = ?', params: [filter.legislature] });
  if (filter.countryCode) {
    conditions.push({ sql: 'exists (select 1 from parliamentary_group_country gc join country c on c.id = gc.country_id where gc.group_id = t.id and c.code = ?)', params: [filter.countryCode.toUpperCase()] });
  }
  return groupedPages(ctx.loaders, { name: `groups:${via}`, entity: ParliamentaryGroup, ...GROUP_PARENTS[via], conditions, page: pageRequest(args) });
}

/** Members of many groups, one page each, in the order of a roster (ROLE_ORDER): the chair, vice-chairs, then members. */
export function groupMemberPages(ctx: Context, args: ConnectionArgs) {
  return groupedPages(ctx.loaders, { name: 'group-members', entity: GroupMembership, parent: 't.group_id', sort: { sql: ROLE_RANK_SQL, direction: 'asc', numeric: true }, page: pageRequest(args) });
}

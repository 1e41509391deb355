import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { groupedPages, ROOT, type SortKey } from '../../relay/grouped-page.js';
import { textMatch } from '../../search/text-match.js';
import { identifierCondition } from '../identifier/identifier.filter.js';
import { Organization } from './organization.entity.js';
import { OrganizationKind } from './organization.enums.js';
import { OrganizationFilter, OrganizationOrder, OrganizationOrderField } from './organization.inputs.js';
import { OrganizationConnection } from './organization.types.js';

/** The Union, or null on a database that has not recorded it yet (reference data only). */
export function findUnion(em: EntityManager): Promise<Organization | null> {
  return em.findOne(Organization, { kind: OrganizationKind.UNION, synthetic: false });
}

/** The filter as MikroORM conditions (shared by root lists and nested lists). */
export function organizationWhere(filter: OrganizationFilter = {}): FilterQuery<Organization> {
  const where: Record<string, unknown> = {};
  if (!filter.includeSynthetic) where.synthetic = false;
  if (filter.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  if (filter.parentId) where.parent = expectGlobalId(filter.parentId, 'Organization', 'filter.parentId');
  if (filter.memberOfId) where.memberOf = expectGlobalId(filter.memberOfId, 'Organization', 'filter.memberOfId');
  if (filter.countryCodes?.length) {
    where.countryLinks = { $some: { country: { code: { $in: filter.countryCodes.map((c) => c.toUpperCase()) } } } };
  }
  return where as FilterQuery<Organization>;
}

/** Vietnamese order of the display name (its sort key: Migration20261203110000_vietnamese_sort). */
const NAME_ORDER = 't.name_sort';

function organizationSort(order: OrganizationOrder | undefined, rank?: { sql: string; params: unknown[] }): SortKey {
  const field = order?.field ?? (rank ? OrganizationOrderField.RELEVANCE : OrganizationOrderField.NAME);
  const direction = order?.direction === 'DESC' ? 'desc' : 'asc';
  switch (field) {
    case OrganizationOrderField.RELEVANCE:
      return rank ? { ...rank, direction: order?.direction === 'ASC' ? 'asc' : 'desc' } : { sql: NAME_ORDER, direction };
    case OrganizationOrderField.FOUNDED_ON:
      // Unknown founding dates sort last in either direction.
      return { sql: `coalesce(t.founded_on_start, '${direction === 'asc' ? '9999-12-31' : '0001-01-01'}'::date)`, direction };
    case OrganizationOrderField.CREATED_AT:
      return { sql: 't.created_at', direction };
    default:
      return { sql: NAME_ORDER, direction };
  }
}

/** A page of organizations under `parentKey` (ROOT for the top-level list). */
export function organizationPages(
  ctx: Context,
  name: string,
  parent: string | null,
  args: ConnectionArgs,
  filter?: OrganizationFilter,
  order?: OrganizationOrder,
  join?: (qb: any) => void,
  extra: { sql: string; params: unknown[] }[] = [],
) {
  const match = filter?.search != null ? textMatch('t.search_text', filter.search, 'filter.search') : undefined;
  return groupedPages(ctx.loaders, {
    name: `organizations:${name}`,
    entity: Organization,
    parent,
    join,
    where: organizationWhere(filter),
    conditions: [...(match ? [match.condition] : []), ...(filter?.identifier ? [identifierCondition(filter.identifier)] : []), ...extra],
    sort: organizationSort(order, match?.rank),
    page: pageRequest(args),
  });
}

export async function listOrganizations(ctx: Context, args: ConnectionArgs, filter?: OrganizationFilter, order?: OrganizationOrder): Promise<OrganizationConnection> {
  const page = await organizationPages(ctx, 'root', null, args, filter, order).load(ROOT);
  return OrganizationConnection.of(page.edges, page.pageInfo, page.count);
}

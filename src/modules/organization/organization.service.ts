import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput, notFound } from '../../errors/errors.js';
import { ConnectionArgs, pageFromCursor, pageRequest } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { toQueryOrder } from '../../relay/order.js';
import { foldForSearch } from '../../search/fold.js';
import { Organization } from './organization.entity.js';
import { OrganizationKind } from './organization.enums.js';
import { OrganizationFilter, OrganizationOrder, OrganizationOrderField } from './organization.inputs.js';
import { OrganizationConnection } from './organization.types.js';

const ORDER_COLUMN = {
  [OrganizationOrderField.NAME]: 'name',
  [OrganizationOrderField.FOUNDED_ON]: 'foundedOn.start',
  [OrganizationOrderField.CREATED_AT]: 'createdAt',
} as const;

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class OrganizationService {
  constructor(private readonly em: EntityManager) {}

  async union(): Promise<Organization> {
    const union = await this.em.findOne(Organization, { kind: OrganizationKind.UNION, synthetic: false });
    if (!union) throw notFound('Organization', 'union');
    return union;
  }

  where(filter: OrganizationFilter = {}): FilterQuery<Organization> {
    const where: FilterQuery<Organization> & Record<string, unknown> = {};
    if (!filter.includeSynthetic) where.synthetic = false;
    if (filter.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    if (filter.parentId) where.parent = expectGlobalId(filter.parentId, 'Organization', 'filter.parentId');
    if (filter.memberOfId) where.memberOf = expectGlobalId(filter.memberOfId, 'Organization', 'filter.memberOfId');
    if (filter.countryCodes?.length) {
      where.countryLinks = { $some: { country: { code: { $in: filter.countryCodes.map((c) => c.toUpperCase()) } } } };
    }
    if (filter.search != null) {
      const folded = foldForSearch(filter.search);
      if (!folded) throw badUserInput('search must contain letters or digits', [{ field: 'filter.search', message: 'empty after normalisation' }]);
      where.searchText = { $like: `%${escapeLike(folded)}%` };
    }
    return where;
  }

  async list(args: ConnectionArgs, filter?: OrganizationFilter, order: OrganizationOrder = new OrganizationOrder()): Promise<OrganizationConnection> {
    const where = this.where(filter);
    const direction = toQueryOrder(order.direction);
    const orderBy = order.field === OrganizationOrderField.FOUNDED_ON
      ? { foundedOn: { start: `${direction} nulls last` }, id: direction }
      : { [ORDER_COLUMN[order.field]]: direction, id: direction };
    const cursor = await this.em.findByCursor(Organization, {
      where,
      ...pageRequest(args),
      orderBy: orderBy as never,
      includeCount: false,
    });
    const { edges, pageInfo } = pageFromCursor(cursor);
    return OrganizationConnection.of(edges, pageInfo, () => this.em.count(Organization, where));
  }
}

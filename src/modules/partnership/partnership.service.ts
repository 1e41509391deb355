import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';
import { groupedPages, includesOf } from '../../relay/grouped-page.js';
import { isoDate } from '../../relay/temporal.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { provinceUnitsByText } from '../province/province.loaders.js';
import { PartnershipStatus } from './partnership.enums.js';
import { Partnership } from './partnership.entity.js';
import type { PartnershipFilter } from './partnership.types.js';

/** The filter as MikroORM conditions; `partnerProvinceIds`: the units `filter.partnerProvinceKeys` stands for. */
export function partnershipWhere(filter: PartnershipFilter = {}, partnerProvinceIds?: readonly string[]): FilterQuery<Partnership> {
  const where: Record<string, unknown> = {
    status: { $in: filter.statuses?.length ? filter.statuses : [PartnershipStatus.PROSPECT, PartnershipStatus.ACTIVE] },
  };
  if (!filter.includeSynthetic) where.synthetic = false;
  if (filter.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter.sectorKeys?.length) where.sectorLinks = { $some: { sector: { key: { $in: filter.sectorKeys } } } };
  const partner: Record<string, unknown> = {};
  if (filter.partnerKinds?.length) partner.kind = { $in: filter.partnerKinds };
  if (filter.partnerCountryCodes?.length) partner.countryLinks = { $some: { country: { code: { $in: filter.partnerCountryCodes.map((c) => c.toUpperCase()) } } } };
  if (partnerProvinceIds) partner.province = { $in: partnerProvinceIds };
  if (Object.keys(partner).length) where.partnerOrganization = partner;
  if (filter.partnerIsPerson != null) where.partnerPerson = filter.partnerIsPerson ? { $ne: null } : null;
  if (filter.activeOn) {
    const day = isoDate(filter.activeOn);
    where.$and = [{ $or: [{ since: null }, { since: { start: { $lte: day } } }] }, { $or: [{ until: null }, { until: { end: { $gte: day } } }] }];
  }
  return where as FilterQuery<Partnership>;
}

/** `organization`: partnerships an organization holds; `partner`: those in which it is the partner. */
const REFERENCES = { organization: Organization, partnerOrganization: Organization, partnerPerson: Person, lead: Person, partnerLead: Person };

/** The units the filter's partner provinces stand for (keys, codes or names: see provinceUnitsByText), in a stable order. */
async function partnerProvinceIds(ctx: Context, texts: readonly string[] | undefined): Promise<string[] | undefined> {
  if (!texts?.length) return undefined;
  const units = await Promise.all(texts.map((text) => ctx.loaders.use(provinceUnitsByText).load({ text, field: 'filter.partnerProvinceKeys' })));
  return [...new Set(units.flat())].sort();
}

/** Partnerships, one page per organization (or one for the whole network), with the references `fields` select. */
export async function partnershipPages(ctx: Context, side: 'organization' | 'partner' | 'root', args: ConnectionArgs, filter?: PartnershipFilter, fields: ReadonlySet<string> = new Set()) {
  const provinceIds = await partnerProvinceIds(ctx, filter?.partnerProvinceKeys);
  return groupedPages(ctx.loaders, {
    include: includesOf(REFERENCES, fields),
    name: `partnerships:${side}`,
    entity: Partnership,
    parent: side === 'root' ? null : side === 'organization' ? 't.organization_id' : 't.partner_organization_id',
    where: partnershipWhere(filter, provinceIds),
    sort: { sql: `coalesce(t.since_start, '0001-01-01'::date)`, direction: 'desc' },
    page: pageRequest(args),
  });
}

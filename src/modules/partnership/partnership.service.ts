import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';
import { groupedPages, includesOf } from '../../relay/grouped-page.js';
import { isoDate } from '../../relay/temporal.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { PartnershipStatus } from './partnership.enums.js';
import { Partnership } from './partnership.entity.js';
import type { PartnershipFilter } from './partnership.types.js';

export function partnershipWhere(filter: PartnershipFilter = {}): FilterQuery<Partnership> {
  const where: Record<string, unknown> = {
    status: { $in: filter.statuses?.length ? filter.statuses : [PartnershipStatus.PROSPECT, PartnershipStatus.ACTIVE] },
  };
  if (!filter.includeSynthetic) where.synthetic = false;
  if (filter.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter.sectorKeys?.length) where.sectorLinks = { $some: { sector: { key: { $in: filter.sectorKeys } } } };
  const partner: Record<string, unknown> = {};
  if (filter.partnerKinds?.length) partner.kind = { $in: filter.partnerKinds };
  if (filter.partnerCountryCodes?.length) partner.countryLinks = { $some: { country: { code: { $in: filter.partnerCountryCodes.map((c) => c.toUpperCase()) } } } };
  if (filter.partnerProvinceKeys?.length) partner.province = { key: { $in: filter.partnerProvinceKeys } };
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

/** Partnerships, one page per organization (or one for the whole network), with the references `fields` select. */
export function partnershipPages(ctx: Context, side: 'organization' | 'partner' | 'root', args: ConnectionArgs, filter?: PartnershipFilter, fields: ReadonlySet<string> = new Set()) {
  return groupedPages(ctx.loaders, {
    include: includesOf(REFERENCES, fields),
    name: `partnerships:${side}`,
    entity: Partnership,
    parent: side === 'root' ? null : side === 'organization' ? 't.organization_id' : 't.partner_organization_id',
    where: partnershipWhere(filter),
    sort: { sql: `coalesce(t.since_start, '0001-01-01'::date)`, direction: 'desc' },
    page: pageRequest(args),
  });
}

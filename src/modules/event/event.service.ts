import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, pageRequest } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { groupedPages, includesOf } from '../../relay/grouped-page.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { isoDate } from '../../relay/temporal.js';
import { Event } from './event.entity.js';
import type { EventFilter, EventOrder } from './event.types.js';
import { Participation } from './participation.entity.js';


export function eventWhere(filter: EventFilter = {}): FilterQuery<Event> {
  const where: Record<string, unknown> = {};
  if (!filter.includeSynthetic) where.synthetic = false;
  if (filter.kinds?.length) where.kind = { $in: filter.kinds };
  const start: Record<string, string> = {};
  if (filter.from) start.$gte = isoDate(filter.from);
  if (filter.to) start.$lte = isoDate(filter.to);
  if (Object.keys(start).length) where.startDate = { start };
  if (filter.countryCodes?.length) where.countryLinks = { $some: { country: { code: { $in: filter.countryCodes.map((c) => c.toUpperCase()) } } } };
  if (filter.organizerId) where.organizerLinks = { $some: { organization: expectGlobalId(filter.organizerId, 'Organization', 'filter.organizerId') } };
  return where as FilterQuery<Event>;
}

/** How an event list hangs off its parent. */
export const EVENT_PARENTS = {
  root: { parent: null },
  organizer: { parent: 'eo.organization_id', join: (qb: any) => qb.join('t.organizerLinks', 'eo') },
  country: { parent: 'ec.country_id', join: (qb: any) => qb.join('t.countryLinks', 'ec') },
  posting: { parent: 't.ambassador_posting_id' },
  province: { parent: 't.province_id' },
  // A parliamentary group's joint events: organised by its coordinating association, about one of its countries.
  group: {
    parent: 'pg.id',
    join: (qb: any) => qb.join('t.organizerLinks', 'eo').join('eo.organization', 'o').join('o.coordinatedGroups', 'pg'),
    conditions: [{ sql: 'exists (select 1 from event_country ec join parliamentary_group_country pgc on pgc.country_id = ec.country_id where ec.event_id = t.id and pgc.group_id = pg.id)', params: [] }],
  },
} as const;

export function eventPages(ctx: Context, via: keyof typeof EVENT_PARENTS, args: ConnectionArgs, filter?: EventFilter, order?: EventOrder) {
  return groupedPages(ctx.loaders, {
    name: `events:${via}`,
    entity: Event,
    ...EVENT_PARENTS[via],
    where: eventWhere(filter),
    sort: { sql: 't.start_date_start', direction: order?.direction === 'ASC' ? 'asc' : 'desc' },
    page: pageRequest(args),
  });
}

const PARTICIPATION_REFERENCES = { event: Event, person: Person, onBehalfOf: Organization };

/** Participations of many events or persons, one page each, with the references `fields` select. */
export function participationPages(ctx: Context, parent: 'event' | 'person', args: ConnectionArgs, fields: ReadonlySet<string> = new Set()) {
  return groupedPages(ctx.loaders, {
    include: includesOf(PARTICIPATION_REFERENCES, fields),
    name: `participations:${parent}`,
    entity: Participation,
    parent: `t.${parent}_id`,
    ...(parent === 'person' ? { join: (qb: any) => qb.join('t.event', 'e') } : {}),
    sort: parent === 'person' ? { sql: 'e.start_date_start', direction: 'desc' } : { sql: `t.role::text`, direction: 'asc' },
    page: pageRequest(args),
  });
}

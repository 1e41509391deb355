import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Country } from '../country/country.entity.js';
import type { Organization } from '../organization/organization.entity.js';
import { EventCountry } from './event-country.entity.js';
import { EventOrganizer } from './event-organizer.entity.js';

export const organizersByEvent = defineLoader<string, Organization[]>(async (em, ids) => {
  const links = await em.find(EventOrganizer, { event: { $in: [...ids] } }, { populate: ['organization'] });
  return grouped(ids, links, (l) => l.event.id).map((g) => g.map((l) => l.organization.getEntity()));
});

export const countriesByEvent = defineLoader<string, Country[]>(async (em, ids) => {
  const links = await em.find(EventCountry, { event: { $in: [...ids] } }, { populate: ['country'] });
  return grouped(ids, links, (l) => l.event.id).map((g) => g.map((l) => l.country.getEntity()));
});

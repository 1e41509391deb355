import { linkedRows } from '../../db/rows.js';
import { defineLoader } from '../../graphql/loaders.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { EventCountry } from './event-country.entity.js';
import { EventOrganizer } from './event-organizer.entity.js';

export const organizersByEvent = defineLoader<string, Organization[]>((em, ids) =>
  linkedRows(em, Organization, { entity: EventOrganizer, from: 'event', to: 'organization' }, ids, 't.name_sort, t.id'),
);

export const countriesByEvent = defineLoader<string, Country[]>((em, ids) =>
  linkedRows(em, Country, { entity: EventCountry, from: 'event', to: 'country' }, ids, 't.code'),
);

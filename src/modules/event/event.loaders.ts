import { linkedRows } from '../../db/rows.js';
import { defineLoader } from '../../graphql/loaders.js';
import { Country } from '../country/country.entity.js';
import { EventCountry } from './event-country.entity.js';

export const countriesByEvent = defineLoader<string, Country[]>((em, ids) =>
  linkedRows(em, Country, { entity: EventCountry, from: 'event', to: 'country' }, ids, 't.code'),
);

import { linkedRows } from '../../db/rows.js';
import { defineLoader } from '../../graphql/loaders.js';
import { Country } from '../country/country.entity.js';
import { OrganizationCountry } from './organization-country.entity.js';

/** The countries of many organizations in one statement. */
export const countriesByOrganization = defineLoader<string, Country[]>((em, ids) =>
  linkedRows(em, Country, { entity: OrganizationCountry, from: 'organization', to: 'country' }, ids, 't.code'),
);

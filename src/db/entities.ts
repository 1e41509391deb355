import { Country } from '../modules/country/country.entity.js';
import { OrganizationCountry } from '../modules/organization/organization-country.entity.js';
import { Organization } from '../modules/organization/organization.entity.js';

/** Every entity, listed explicitly (no folder scanning): the same list for the app, tests and migrations. */
export const entities = [Organization, OrganizationCountry, Country];

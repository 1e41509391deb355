import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Country } from '../country/country.entity.js';
import { OrganizationCountry } from './organization-country.entity.js';

/** The countries of many organizations in one statement. */
export const countriesByOrganization = defineLoader<string, Country[]>(async (em, organizationIds) => {
  const links = await em.find(
    OrganizationCountry,
    { organization: { $in: [...organizationIds] } },
    { populate: ['country'], orderBy: { country: { code: 'asc' } } },
  );
  return grouped(organizationIds, links, (link) => link.organization.id).map((group) => group.map((link) => link.country.getEntity()));
});

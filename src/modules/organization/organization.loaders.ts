import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Country } from '../country/country.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Body } from '../body/body.entity.js';
import { ParliamentaryGroup } from '../parliament/parliamentary-group.entity.js';
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

/** Congresses, newest first: few per organization, so a plain grouped list. */
export const congressesByOrganization = defineLoader<string, Congress[]>(async (em, ids) => {
  const rows = await em.find(Congress, { organization: { $in: [...ids] } }, { orderBy: { heldOn: { start: 'desc' }, id: 'asc' } });
  return grouped(ids, rows, (c) => c.organization.id);
});

/** Bodies of every term, newest term first. */
export const bodiesByOrganization = defineLoader<string, Body[]>(async (em, ids) => {
  const rows = await em.find(Body, { organization: { $in: [...ids] } }, { orderBy: { termStart: { start: 'desc' }, kind: 'asc', id: 'asc' } });
  return grouped(ids, rows, (b) => b.organization.id);
});

export const groupsByAssociation = defineLoader<string, ParliamentaryGroup[]>(async (em, ids) => {
  const rows = await em.find(ParliamentaryGroup, { coordinatingAssociation: { $in: [...ids] } }, { orderBy: { legislature: 'desc', id: 'asc' } });
  return grouped(ids, rows, (g) => g.coordinatingAssociation!.id);
});

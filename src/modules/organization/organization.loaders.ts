import { findRows, linkedRows } from '../../db/rows.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import { Country } from '../country/country.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Body } from '../body/body.entity.js';
import { ParliamentaryGroup } from '../parliament/parliamentary-group.entity.js';
import { OrganizationCountry } from './organization-country.entity.js';

/** The countries of many organizations in one statement. */
export const countriesByOrganization = defineLoader<string, Country[]>((em, ids) =>
  linkedRows(em, Country, { entity: OrganizationCountry, from: 'organization', to: 'country' }, ids, 't.code'),
);

/** Congresses, newest first: few per organization, so a plain grouped list. */
export const congressesByOrganization = defineLoader<string, Congress[]>(async (em, ids) => {
  const rows = await findRows(em, Congress, { organization: { $in: [...ids] } }, { heldOn: { start: 'desc' }, id: 'asc' });
  return grouped(ids, rows, (c) => c.organization.id);
});

/** Bodies of every term, newest term first. */
export const bodiesByOrganization = defineLoader<string, Body[]>(async (em, ids) => {
  const rows = await findRows(em, Body, { organization: { $in: [...ids] } }, { termStart: { start: 'desc' }, kind: 'asc', id: 'asc' });
  return grouped(ids, rows, (b) => b.organization.id);
});

export const groupsByAssociation = defineLoader<string, ParliamentaryGroup[]>(async (em, ids) => {
  const rows = await findRows(em, ParliamentaryGroup, { coordinatingAssociation: { $in: [...ids] } }, { legislature: 'desc', id: 'asc' });
  return grouped(ids, rows, (g) => g.coordinatingAssociation!.id);
});

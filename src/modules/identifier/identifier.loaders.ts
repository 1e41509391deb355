import { findRows } from '../../db/rows.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import { OrganizationIdentifier } from './organization-identifier.entity.js';

/** The identifiers of many organizations in one statement, by scheme then identifier. */
export const identifiersByOrganization = defineLoader<string, OrganizationIdentifier[]>(async (em, ids) => {
  const rows = await findRows(em, OrganizationIdentifier, { organization: { $in: [...ids] } }, { scheme: 'asc', identifier: 'asc', id: 'asc' });
  return grouped(ids, rows, (row) => row.organization.id);
});

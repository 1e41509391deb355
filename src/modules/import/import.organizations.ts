import type { EntityManager } from '@mikro-orm/postgresql';
import { fromGlobalId } from '../../relay/global-id.js';
import { UUID } from '../../relay/cursor.js';
import { foldForSearch } from '../../search/fold.js';
import { Organization } from '../organization/organization.entity.js';
import { Sector } from '../sector/sector.entity.js';
import type { SheetRow } from './import.sheet.js';
import type { ImportTable } from './import.table.js';

/** Which organization a row names, or why none. */
export type NamedOrganization = { organization: Organization } | { problem: string };

/**
 * Finds the organizations a file names, in two statements for the whole file: by an Organization ID in the
 * `idField` column, else by a name (Vietnamese, English or French) or abbreviation, diacritics and case
 * ignored (the database folds with the same rule as the search, `fold_for_search`). Organizations are never
 * added by an import: a name that matches none is a problem of its row.
 */
export async function organizationsNamed<F extends string>(
  em: EntityManager,
  table: ImportTable<F>,
  nameField: F,
  idField: F,
  what = 'organization',
): Promise<(row: SheetRow) => NamedOrganization> {
  const names = [...new Set(table.data.map((r) => foldForSearch(table.cell(r, nameField))).filter(Boolean))];
  const byName: Organization[] = [];
  if (names.length) {
    const rows = await em.execute<{ id: string }[]>(
      `select id from organization where fold_for_search(name_vi) in (?) or fold_for_search(name_en) in (?) or fold_for_search(name_fr) in (?) or fold_for_search(abbreviation) in (?)`,
      [names, names, names, names],
    );
    if (rows.length) byName.push(...(await em.find(Organization, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { id: 'asc' } })));
  }
  const internal = new Map<string, string>();
  for (const gid of new Set(table.data.map((r) => table.cell(r, idField)).filter(Boolean))) {
    try {
      const { type, id } = fromGlobalId(gid);
      if (type === 'Organization' && UUID.test(id)) internal.set(gid, id);
    } catch {
      // not an ID at all: reported on its row
    }
  }
  const identified = internal.size ? await em.find(Organization, { id: { $in: [...internal.values()] } }) : [];
  const byId = new Map(identified.map((o) => [o.id, o]));
  const namesOf = (o: Organization) => [o.nameVi, o.nameEn, o.nameFr, o.abbreviation].filter((n): n is string => Boolean(n)).map(foldForSearch);
  return (row) => {
    const gid = table.cell(row, idField);
    if (gid) {
      const organization = byId.get(internal.get(gid) ?? '');
      return organization ? { organization } : { problem: `No ${what} has this ID in the directory` };
    }
    const name = table.cell(row, nameField);
    if (!name) return { problem: `The name of the ${what} is empty` };
    const matches = byName.filter((o) => namesOf(o).includes(foldForSearch(name)));
    if (matches.length === 1) return { organization: matches[0] };
    if (matches.length > 1) return { problem: `${matches.length} organizations of the directory have this name (${matches.map((o) => o.globalId).join(', ')}): give the one meant in an ID column` };
    return { problem: `No ${what} of this name is in the directory: correct the spelling, or record it first (createOrganization)` };
  };
}

/** The sectors of the directory by what a cell may call them (key, English or Vietnamese name, folded): one statement per file. */
export async function sectorsByName(em: EntityManager): Promise<Map<string, Sector>> {
  const sectors = await em.find(Sector, {});
  return new Map(sectors.flatMap((s) => [s.key, s.nameEn, s.nameVi].filter((n): n is string => Boolean(n)).map((n): [string, Sector] => [foldForSearch(n), s])));
}

/** A cell's `;`-separated list (sources, sectors). */
export const listCell = (text: string): string[] => text.split(';').map((s) => s.trim()).filter(Boolean);

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import type { AuditRecorder } from '../../writes/write.js';
import { fromGlobalId } from '../../relay/global-id.js';
import { foldForSearch } from '../../search/fold.js';
import { Person } from '../person/person.entity.js';
import type { SheetRow } from './import.sheet.js';
import type { ImportTable } from './import.table.js';

/** Who a row names: a person of the directory, one the import would add, or why neither. */
export type NamedPerson = { person: Person } | { newPersonKey: string; name: string } | { problem: { field: 'person' | 'personId'; message: string } };

/**
 * Finds the persons a file names, in two statements for the whole file: by `person id` (a Person ID), else
 * by name, diacritics and case ignored. No match adds the person only for the secretariat (persons are
 * the secretariat's to create, as `createPerson` is); a name two persons share needs the ID.
 */
export async function personsNamed(em: EntityManager, ctx: Context, table: ImportTable<'person' | 'personId'>): Promise<(row: SheetRow) => NamedPerson> {
  const names = [...new Set(table.data.map((r) => foldForSearch(table.cell(r, 'person'))).filter(Boolean))];
  const byName = names.length ? await em.find(Person, { searchName: { $in: names } }) : [];
  const internal = new Map<string, string>();
  for (const gid of new Set(table.data.map((r) => table.cell(r, 'personId')).filter(Boolean))) {
    try {
      const { type, id } = fromGlobalId(gid);
      if (type === 'Person' && /^[0-9a-f-]{36}$/i.test(id)) internal.set(gid, id);
    } catch {
      // not an ID at all: reported on its row
    }
  }
  const identified = internal.size ? await em.find(Person, { id: { $in: [...internal.values()] } }) : [];
  const byId = new Map(identified.map((p) => [p.id, p]));
  return (row) => {
    const gid = table.cell(row, 'personId');
    if (gid) {
      const person = byId.get(internal.get(gid) ?? '');
      return person ? { person } : { problem: { field: 'personId', message: 'No person has this ID in the directory' } };
    }
    const name = table.cell(row, 'person');
    if (!name) return { problem: { field: 'person', message: 'The name of the person is empty' } };
    const matches = byName.filter((p) => p.searchName === foldForSearch(name));
    if (matches.length === 1) return { person: matches[0] };
    if (matches.length > 1) return { problem: { field: 'person', message: `${matches.length} persons of the directory have this name (${matches.map((p) => p.globalId).join(', ')}): give the one meant in a “person id” column` } };
    if (ctx.viewer.role !== 'SECRETARIAT') return { problem: { field: 'person', message: 'No person of this name is in the directory: ask the secretariat to add the person, or correct the spelling' } };
    return { newPersonKey: foldForSearch(name), name };
  };
}

/** The persons an import adds (by their folded name), created in its transaction and audited; each cites its first row's sources and the import. */
export function addPersons(tx: EntityManager, audit: AuditRecorder, persons: Map<string, { name: string; sources: string[] }>, citation: string): Map<string, Person> {
  const added = new Map<string, Person>();
  for (const [key, { name, sources }] of persons) {
    const person = tx.create(Person, { fullName: name, sourceCitations: [...sources, citation] });
    audit.created(person);
    added.set(key, person);
  }
  return added;
}

/** Marks every row with a problem INVALID, and keeps the work of the others. */
export function settle<W extends { row: { row: number; action: string } }>(rows: { row: number; action: string }[], problems: { row: number }[], work: W[]): W[] {
  const invalid = new Set(problems.map((p) => p.row));
  for (const row of rows) if (invalid.has(row.row)) row.action = 'INVALID';
  return work.filter((w) => w.row.action !== 'INVALID');
}

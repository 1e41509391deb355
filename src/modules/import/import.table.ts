import { createHash } from 'node:crypto';
import { foldForSearch } from '../../search/fold.js';
import type { SheetRow } from './import.sheet.js';

/** One problem of a file: its row and column as the spreadsheet shows them, and what to do, in words. */
export interface ImportProblem {
  row: number;
  /** The header of the column as the file writes it; null for a problem of the whole row or file. */
  column: string | null;
  value: string | null;
  message: string;
}

export interface ImportFile {
  sha256: string;
  rows: number;
  headerRow: number | null;
  /** Each field and the header of the column it was read from. */
  columns: Record<string, string>;
  ignoredColumns: string[];
}

export const MAX_IMPORT_ROWS = 5000;

/** A file's rows under its header: each field's column found by its header (folded) or by the caller's mapping. */
export interface ImportTable<F extends string> {
  header: SheetRow;
  data: SheetRow[];
  cell(row: SheetRow, field: F): string;
  /** The header of a field's column, as the file writes it. */
  column(field: F): string;
  has(field: F): boolean;
}

/** A column the file must have: any one of `fields`, else the message (on the header row). */
export interface RequiredColumn<F extends string> {
  fields: F[];
  message: string;
}

/**
 * The table of a sheet: comment rows (a first cell starting with "#", as the exports write them) left
 * out, the first row left as the header, each field's column found. Problems of the file as a whole
 * (no header, too many rows, a mapping naming no column, a required column missing) come back instead
 * of a table.
 */
export function readTable<F extends string>(
  sheet: SheetRow[],
  bytes: Buffer,
  headers: Record<F, readonly string[]>,
  mapping: Partial<Record<F, string>>,
  required: RequiredColumn<F>[],
): { file: ImportFile; table?: ImportTable<F>; problems: ImportProblem[] } {
  const [header, ...data] = sheet.filter((r) => !r.cells[0]?.startsWith('#'));
  const file: ImportFile = { sha256: createHash('sha256').update(bytes).digest('hex'), rows: data.length, headerRow: header?.row ?? null, columns: {}, ignoredColumns: [] };
  const fileProblem = (row: number, message: string): ImportProblem => ({ row, column: null, value: null, message });
  if (!header) return { file, problems: [fileProblem(1, 'The file has no header row: its first row must name the columns')] };
  if (data.length > MAX_IMPORT_ROWS) return { file, problems: [fileProblem(header.row, `The file has ${data.length} rows; at most ${MAX_IMPORT_ROWS} are imported at once: split it`)] };

  const index: Partial<Record<F, number>> = {};
  const problems: ImportProblem[] = [];
  const folded = header.cells.map(foldForSearch);
  for (const [field, name] of Object.entries(mapping) as [F, string][]) {
    const at = folded.indexOf(foldForSearch(name));
    if (at < 0) problems.push(fileProblem(header.row, `The mapping cannot be used: the column “${name}” given for ${field} is not in the header`));
    else index[field] = at;
  }
  for (const field of Object.keys(headers) as F[]) {
    if (index[field] !== undefined) continue;
    const taken = new Set(Object.values(index));
    const at = folded.findIndex((h, i) => headers[field].includes(h) && !taken.has(i));
    if (at >= 0) index[field] = at;
  }
  for (const { fields, message } of required) if (!fields.some((f) => index[f] !== undefined)) problems.push(fileProblem(header.row, message));
  const used = new Set(Object.values(index));
  file.columns = Object.fromEntries(Object.entries(index).map(([field, i]) => [field, header.cells[i as number]]));
  file.ignoredColumns = header.cells.filter((h, i) => h !== '' && !used.has(i));
  if (problems.length) return { file, problems };
  return {
    file,
    problems,
    table: {
      header,
      data,
      cell: (row, field) => (index[field] === undefined ? '' : (row.cells[index[field]!] ?? '')),
      column: (field) => header.cells[index[field]!],
      has: (field) => index[field] !== undefined,
    },
  };
}

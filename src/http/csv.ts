import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (`=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`),
 * and the full-width forms some spreadsheet programs normalise to them.
 * https://owasp.org/www-community/attacks/CSV_Injection
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell as data, never as a formula: OWASP's single-quote prefix. Numbers pass as they are. */
export function neutraliseCell(value: CsvCell): string | number {
  if (value == null) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Every CSV export goes through here: a header row, every text cell neutralised, quoting for commas,
 * quotes and line breaks (RFC 4180), UTF-8 with a byte-order mark so spreadsheet programs keep Vietnamese
 * names intact.
 */
export function toCsv(columns: readonly string[], rows: readonly CsvCell[][]): string {
  return stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { header: true, columns: columns.map((c) => String(neutraliseCell(c))), bom: true },
  );
}

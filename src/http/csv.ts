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
 * A comment line: `#` and the text on one line, as the W3C's tabular-data model reads comments (its default
 * dialect's `commentPrefix` is "#"; pandas `comment="#"`, csv-parse `comment: "#"`). It cannot be read as
 * a formula (it starts with "#"), and holds no comma, so a spreadsheet shows it whole in its first cell.
 */
function commentLine(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ').replace(/,/g, '%2C')}\n`;
}

/**
 * Every CSV export goes through here: its comment lines first (what the file is, where it was taken from
 * and when), then a header row and the rows, every text cell neutralised, quoting for commas, quotes and
 * line breaks (RFC 4180), UTF-8 with a byte-order mark so spreadsheet programs keep Vietnamese names intact.
 */
export function toCsv(columns: readonly string[], rows: readonly CsvCell[][], comments: readonly string[] = []): string {
  const table = stringify(
    rows.map((row) => row.map(neutraliseCell)),
    { header: true, columns: columns.map((c) => String(neutraliseCell(c))) },
  );
  return `\uFEFF${comments.map(commentLine).join('')}${table}`;
}

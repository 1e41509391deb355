import type pg from 'pg';

/** PostgreSQL's limit on bind parameters in one statement. */
const MAX_PARAMS = 65535;
/** Rows per statement beyond which bigger statements stop paying off (parse and bind time grow). */
const MAX_ROWS = 4000;

export interface TableRows {
  table: string;
  /** Columns whose values vary per row, bound as parameters, in the order of each row's values. */
  columns: readonly string[];
  /** Columns with one SQL literal for every row (version, timestamps, synthetic flag, ...). */
  constants?: Readonly<Record<string, string>>;
  rows: readonly unknown[][];
}

/**
 * Multi-row parameterised INSERTs, chunked to stay under the parameter limit. Values are bound, never
 * spliced into the SQL; only the `constants` (written by this module, not from data) are literals.
 * Returns the number of rows inserted.
 */
export async function insertRows(client: pg.ClientBase, { table, columns, constants = {}, rows }: TableRows): Promise<number> {
  if (rows.length === 0) return 0;
  const constantColumns = Object.keys(constants);
  const constantSql = constantColumns.map((c) => constants[c]);
  const allColumns = [...columns, ...constantColumns].map((c) => `"${c}"`).join(', ');
  const width = columns.length;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / Math.max(width, 1))));

  let cachedSql = '';
  let cachedCount = -1;
  for (let offset = 0; offset < rows.length; offset += perStatement) {
    const chunk = rows.slice(offset, offset + perStatement);
    if (chunk.length !== cachedCount) {
      cachedSql = `insert into "${table}" (${allColumns}) values ${tuples(chunk.length, width, constantSql)}`;
      cachedCount = chunk.length;
    }
    const params = new Array<unknown>(chunk.length * width);
    let p = 0;
    for (const row of chunk) {
      if (row.length !== width) throw new Error(`synthetic: ${table} row has ${row.length} values for ${width} columns`);
      for (let i = 0; i < width; i++) params[p++] = row[i];
    }
    await client.query(cachedSql, params);
  }
  return rows.length;
}

function tuples(count: number, width: number, constants: string[]): string {
  const parts = new Array<string>(count);
  let n = 1;
  for (let r = 0; r < count; r++) {
    const values = new Array<string>(width + constants.length);
    for (let c = 0; c < width; c++) values[c] = `$${n++}`;
    for (let c = 0; c < constants.length; c++) values[width + c] = constants[c];
    parts[r] = `(${values.join(',')})`;
  }
  return parts.join(',');
}

import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema.js';

const HEADER = '# Generated from the code by `npm run schema:print`; a test fails when it differs from the served schema.\n\n';

/** The committed SDL: sorted so that diffs show real changes, not declaration order. */
export async function printSchemaFile(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await getSchema())) + '\n';
}

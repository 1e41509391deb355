import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER = '# Generated from the code by `npm run schema:print`; a test fails when it differs from the served schema.\n\n';

/** The committed SDL: sorted so that diffs show real changes, not declaration order. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

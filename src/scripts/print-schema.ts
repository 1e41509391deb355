import { writeFile } from 'node:fs/promises';
import { printSchemaFile } from '../graphql/print.js';
import { getSchema } from '../modules.js';

/** Regenerates schema.graphql at the repository root from the code. */
await writeFile('schema.graphql', printSchemaFile(await getSchema()));
console.log('schema.graphql written');

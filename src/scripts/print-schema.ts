import { writeFile } from 'node:fs/promises';
import { printSchemaFile } from '../graphql/print.js';

/** Regenerates schema.graphql at the repository root from the code. */
await writeFile('schema.graphql', await printSchemaFile());
console.log('schema.graphql written');

import 'reflect-metadata';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { openOrm } from '../db/orm.js';

/**
 * Writes the next migration: applies the committed ones to a scratch in-memory PostgreSQL, then diffs
 * the entities against it. Add the new class to src/db/migrations/index.ts afterwards.
 */
const embedded = await startEmbeddedPostgres('memory://');
const orm = await openOrm(embedded.url, { singleConnection: true });
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
  console.log(result.diff.up.length ? `written: ${result.fileName}` : 'no changes');
} finally {
  await orm.close(true);
  await embedded.stop();
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded.js';
import { TEST_ENGINE } from './engine.js';

/** The PostgreSQL server the tests use when there is one (global-setup.ts decides; engine.ts). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_SERVER_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of its own for one test file, dropped afterwards: no test depends on another's leftovers. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  if (TEST_ENGINE === 'embedded') {
    // A new, empty engine of its own (no image: the caller migrates it, or tests migrating).
    const engine = await startEmbeddedPostgres('memory://');
    return { url: engine.url, drop: () => engine.stop() };
  }
  const name = `amity_test_${label.replace(/\W+/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`create database "${name}"`));
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Logger } from '../../src/log/logger.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { TEST_ENGINE } from './engine.js';

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[]; extensions?: Record<string, any> };
}

export interface TestServer {
  url: string;
  app: App;
  /** SQL statements seen since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** The data of an operation that must answer without errors, asked with bearer `token` (none: as the public). */
  data<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  seed?: boolean;
  env?: Record<string, string>;
  /** `server`: a database of its own on the PostgreSQL server; `embedded`: a PGlite engine of its own. Default: the run's (engine.ts). */
  engine?: 'server' | 'embedded';
  /** Where the server logs (default: pino at TEST_LOG_LEVEL, silent). */
  logger?: Logger;
}

/** Where the server keeps its data: dropped (or deleted) when the test server stops (or when a test that restarts servers on it is done). */
export async function testStorage(label: string, engine: 'server' | 'embedded'): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (engine === 'server') {
    if (TEST_ENGINE === 'embedded') throw new Error(`${label}: a test server on the database server, in a run on the embedded engine (test/support/engine.ts)`);
    const database: TestDatabase = await createTestDatabase(label);
    return { env: { DATABASE_URL: database.url }, drop: database.drop };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), `amity-${label}-`));
  return { env: { AMITY_DATA_DIR: dataDir }, drop: () => rm(dataDir, { recursive: true, force: true }) };
}

/** The real server over real HTTP on a database of its own (created here, dropped on stop). */
export async function startTestServer(label: string, options: TestServerOptions = {}): Promise<TestServer> {
  const database = await testStorage(label, options.engine ?? TEST_ENGINE);
  const queries: string[] = [];
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...database.env,
    SEED_ON_START: String(options.seed ?? true),
    ...options.env,
  });
  let app: App;
  try {
    app = await startApp(config, { orm: { onQuery: (sql) => queries.push(sql) }, logger: options.logger });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const endpoint = `${app.url}/graphql`;
  const server: TestServer = {
    url: app.url,
    app,
    queries,
    resetQueries: () => void queries.splice(0),
    async gql(query, variables, headers = {}) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse['body'] };
    },
    async data(query, variables, token) {
      const { body } = await server.gql(query, variables, token ? { authorization: `Bearer ${token}` } : {});
      expect(body.errors).toBeUndefined();
      return body.data;
    },
    async stop() {
      await app.stop();
      await database.drop();
    },
  };
  return server;
}

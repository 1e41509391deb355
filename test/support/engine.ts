/**
 * Which database engine the tests run on, decided once per run by global-setup.ts: `server` (the
 * PostgreSQL server of TEST_DATABASE_SERVER_URL, by default 127.0.0.1:5432) or `embedded` (a PGlite
 * engine of its own per test server, where no server answers: a fresh machine).
 */
export type TestEngine = 'server' | 'embedded';

export const TEST_ENGINE: TestEngine = process.env.TEST_ENGINE === 'embedded' ? 'embedded' : 'server';

/**
 * `describe` for tests that need a PostgreSQL server (several pooled connections, backends to terminate,
 * databases to create); on the embedded engine they are skipped, and the reason is printed.
 */
export function describeOnServer(name: string, reason: string, tests: () => void): void {
  if (TEST_ENGINE === 'server') return describe(name, tests);
  describe.skip(`${name} [skipped on the embedded engine: ${reason}]`, tests);
  process.stderr.write(`skipped on the embedded engine: "${name}" (${reason})\n`);
}

/** Redis for the tests of shared limits, when one answers (global-setup.ts). */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

/** `describe` for tests that need Redis; skipped, saying so, where none answers (a fresh machine). */
export function describeWithRedis(name: string, tests: () => void): void {
  if (TEST_REDIS_URL) return describe(name, tests);
  describe.skip(`${name} [skipped: no Redis answers at TEST_REDIS_URL or 127.0.0.1:6379]`, tests);
  process.stderr.write(`skipped without Redis: "${name}"\n`);
}

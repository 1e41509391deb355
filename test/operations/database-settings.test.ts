import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { createTestDatabase } from '../support/database.js';
import { describeOnServer } from '../support/engine.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Issue 12, item 3: the settings an operator gives the database pool, validated and applied. */
describeOnServer('database pool settings', 'the embedded engine has one connection and no pool', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('db_settings', { seed: false, env: { DATABASE_POOL_SIZE: '2', DATABASE_APPLICATION_NAME: 'amity-settings-test' } });
  });
  afterAll(() => server.stop());

  it('connections carry the application name and the pool holds at most DATABASE_POOL_SIZE', async () => {
    const em = server.app.database.orm.em.fork();
    const busy = Array.from({ length: 5 }, () => em.getConnection().execute('select pg_sleep(0.3)'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const [row] = await server.app.database.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'amity-settings-test'`)
      .catch(() => [{ n: -1 }]);
    await Promise.all(busy);
    // Two connections, both busy or waiting: the count itself waited for one of them.
    expect(row.n).toBe(2);
  });

  const start = (url: string) => startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: url, SEED_ON_START: 'false' }));
  const urlOf = (database: string, query = '') => {
    const url = new URL(server.app.database.orm.config.get('clientUrl')!);
    url.pathname = `/${database}`;
    url.search = query;
    return url.toString();
  };

  it('sslmode=require in DATABASE_URL is honoured: this server has no TLS, so start-up fails saying so', async () => {
    await expect(start(urlOf(new URL(server.app.database.orm.config.get('clientUrl')!).pathname.slice(1), 'sslmode=require'))).rejects.toThrow(/does not support SSL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgresql://postgres@127.0.0.1/x?sslmode=bogus' })).toThrow(/DATABASE_URL: sslmode must be/);
  });

  it('a database that does not exist stops start-up; it is not created', async () => {
    await expect(start(urlOf('amity_no_such_database'))).rejects.toThrow(/database "amity_no_such_database" does not exist/);
    const [row] = await server.app.database.orm.em.fork().execute<{ n: number }[]>(`select count(*)::int as n from pg_database where datname = 'amity_no_such_database'`);
    expect(row.n).toBe(0);
  });

  it('a database dropped under a running instance: 503 SERVICE_UNAVAILABLE, not an internal error', async () => {
    const own = await createTestDatabase('dropped');
    const app = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: own.url, SEED_ON_START: 'false' }));
    try {
      await own.drop();
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }) });
      expect(response.status).toBe(503);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await app.stop();
    }
  });

  it('a setting out of range stops start-up naming it', () => {
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadConfig({ DATABASE_IDLE_TIMEOUT_MS: 'soon' })).toThrow(/DATABASE_IDLE_TIMEOUT_MS/);
  });
});

import { loadConfig } from '../../src/config/config.js';
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

  it('a setting out of range stops start-up naming it', () => {
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => loadConfig({ DATABASE_IDLE_TIMEOUT_MS: 'soon' })).toThrow(/DATABASE_IDLE_TIMEOUT_MS/);
  });
});

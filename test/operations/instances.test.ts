import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { describeOnServer } from '../support/engine.js';

describeOnServer('several instances on one database', 'instances share a database server; an embedded engine belongs to one process', () => {
  /** Issue 12: several instances behind a load balancer start together on one new database. */
  let database: TestDatabase;
  const apps: App[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('instances');
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await database.drop();
  });

  const config = () => loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEED_ON_START: 'true' });

  async function count(app: App, sql: string): Promise<number> {
    const [row] = await app.database.orm.em.fork().execute<{ n: string }[]>(sql);
    return Number(row.n);
  }

  it('three instances started at once on an empty database: all serve, the schema is migrated once and the seed loaded once', async () => {
    const started = await Promise.allSettled([startApp(config()), startApp(config()), startApp(config())]);
    for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);
    expect(started.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual(['started', 'started', 'started']);

    for (const app of apps) {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ union { name } }' }) });
      expect(((await response.json()) as any).data.union.name).toBe("Liên hiệp các tổ chức hữu nghị Việt Nam");
    }
    const [app] = apps;
    const migrations = await count(app, 'select count(*) as n from mikro_orm_migrations');
    expect(await count(app, 'select count(distinct name) as n from mikro_orm_migrations')).toBe(migrations);
    // One Union, not three.
    expect(await count(app, `select count(*) as n from organization where kind = 'UNION'`)).toBe(1);
  });

  it('migrating and seeding run in one transaction without the statement timeout meant for requests', async () => {
    const own = await createTestDatabase('instances_timeout');
    const statements: string[] = [];
    try {
      const app = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: own.url, SEED_ON_START: 'true', STATEMENT_TIMEOUT_MS: '1000' }), { orm: { onQuery: (sql) => void statements.push(sql) } });
      try {
        expect(await count(app, `select count(*) as n from organization where kind = 'UNION'`)).toBe(1);
        const lifted = statements.findIndex((sql) => /set local statement_timeout = 0/.test(sql));
        const firstDdl = statements.findIndex((sql) => /create type "role"/.test(sql));
        const firstSeed = statements.findIndex((sql) => /insert into "organization"/.test(sql));
        expect(lifted).toBeGreaterThanOrEqual(0);
        expect(firstDdl).toBeGreaterThan(lifted);
        expect(firstSeed).toBeGreaterThan(lifted);
        // Requests keep the timeout.
        const [row] = await app.database.orm.em.fork().execute<{ statement_timeout: string }[]>('show statement_timeout');
        expect(row.statement_timeout).toBe('1s');
      } finally {
        await app.stop();
      }
    } finally {
      await own.drop();
    }
  });
});

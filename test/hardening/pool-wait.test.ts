import { startTestServer, type TestServer } from '../support/server.js';
import { describeOnServer } from '../support/engine.js';

describeOnServer('a request behind a pool whose connections are all held', 'the embedded engine serves one connection, not a pool', () => {
  /** A request does not queue forever behind a pool that every connection of is busy. */
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('pool_wait', { env: { DATABASE_CONNECT_TIMEOUT_MS: '300', STATEMENT_TIMEOUT_MS: '20000' } });
  });
  afterAll(() => server.stop());

  it('with every pooled connection held, a request gets SERVICE_UNAVAILABLE after the connect timeout, and is served once one is free', async () => {
    const em = server.app.database.orm.em.fork();
    // The pool holds 10: occupy them all for 3 s.
    const holders = Array.from({ length: 10 }, () => em.getConnection().execute('select pg_sleep(3)'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const refused = await server.gql('{ organizations(first: 1) { totalCount } }');
    const waited = Date.now() - started;
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.errors![0].extensions!.code).toBe('SERVICE_UNAVAILABLE');
    expect(waited).toBeLessThan(2_500);
    await Promise.all(holders);
    const served = await server.gql('{ organizations(first: 1) { totalCount } }');
    expect(served.body.errors).toBeUndefined();
    expect(served.body.data.organizations.totalCount).toBeGreaterThan(10);
  });
});

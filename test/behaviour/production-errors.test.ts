import { startTestServer, type TestServer } from '../support/server.js';

/*
 * The server as deployed (NODE_ENV=production, not the test mode): an internal failure answers
 * INTERNAL_SERVER_ERROR with the generic message; the database's message, the SQL and the stack stay in
 * the log.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('behaviour_production', { seed: false, env: { NODE_ENV: 'production', AUTH_SECRET: 'a production secret of at least 32 characters' } });
});
afterAll(() => server.stop());

/** What must never reach a client: the renamed table, words of the database's message or SQL, a stack frame. */
const LEAKS = /sector_hidden|relation|does not exist|select|from "|stacktrace|exception|\.[jt]s:\d+|at [A-Za-z.]+ \(/i;

describe('in production mode an internal failure leaks nothing', () => {
  it('a failing root field: INTERNAL_SERVER_ERROR, generic message, no stack, no SQL', async () => {
    const em = server.app.database.orm.em.fork();
    await em.execute('alter table sector rename to sector_hidden_by_test');
    try {
      const { status, body } = await server.gql('{ sectors { key nameEn } }');
      expect(status).toBe(200);
      expect(body.errors).toEqual([{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['sectors'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(body)).not.toMatch(LEAKS);
    } finally {
      await em.execute('alter table sector_hidden_by_test rename to sector');
    }
  });

  it('a failure inside a list filter: the same, with the path of the field', async () => {
    const em = server.app.database.orm.em.fork();
    await em.execute('alter table organization_country rename to organization_country_hidden_by_test');
    try {
      const { body } = await server.gql('{ organizations(first: 5, filter: { countryCodes: ["FR"] }) { totalCount edges { node { name } } } }');
      expect(body.errors).toEqual([{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['organizations'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(body)).not.toMatch(/organization_country|relation|does not exist|select|stacktrace|\.[jt]s:\d+/i);
    } finally {
      await em.execute('alter table organization_country_hidden_by_test rename to organization_country');
    }
  });
});

import { serverAudits } from 'graphql-http';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('audit', { seed: false });
});
afterAll(() => server.stop());

// The GraphQL-over-HTTP audit suite of graphql-http, run against the real server: every MUST and SHOULD.
describe('GraphQL over HTTP audits', () => {
  const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch });
  for (const audit of audits.filter((a) => !a.name.startsWith('MAY'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') throw new Error(`${result.reason}\n${JSON.stringify(result.response ?? '', null, 2).slice(0, 800)}`);
    });
  }
});

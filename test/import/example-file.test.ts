import { readFileSync } from 'node:fs';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** The README's example roster (examples/roster-vufo.csv, VUFO's posts as FACTS.md states them) against the real seed: nothing to change. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('import_example', { seed: true });
});
afterAll(() => server.stop());

it('the example file of the README imports into the seeded Union unchanged (dry run)', async () => {
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  const token = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'readme' });
  const { body: union } = await server.gql('{ union { id } }');
  const response = await fetch(`${server.url}/import/organizations/${union.data.union.id}/roster`, {
    method: 'POST', body: readFileSync(new URL('../../examples/roster-vufo.csv', import.meta.url)), headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const report = (await response.json()) as any;
  expect(report.problems).toEqual([]);
  expect(report.summary).toMatchObject({ rows: 3, create: 0, update: 0, unchanged: 3, newPersons: [] });
  expect(report.rows.map((r: any) => `${r.row} ${r.person} ${r.role} ${r.start}–${r.end ?? ''}`)).toEqual([
    '2 Nguyễn Phương Nga PRESIDENT 2019-12-05–2023',
    '3 Phan Anh Son VICE_PRESIDENT 2019-12-05–2023',
    '4 Phan Anh Son PRESIDENT 2023–',
  ]);
});

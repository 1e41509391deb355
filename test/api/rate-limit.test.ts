import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 14, item 4: a caller sees its budget as GitHub's API shows it (`rateLimit`), and each answer
 * says what it really fetched beside what it was charged.
 */
let server: TestServer;
let headers: Record<string, string>;
beforeAll(async () => {
  server = await startTestServer('api_rate_limit', { seed: false, env: { POINT_BUDGET: '1000' } });
  const em = server.app.database.orm.em.fork();
  for (const name of ['Hội Một', 'Hội Hai', 'Hội Ba']) em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: name, sourceCitations: ['fixture'] });
  await em.flush();
  headers = { authorization: `Bearer ${await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'budget-watcher' })}` };
});
afterAll(() => server.stop());

const RATE_LIMIT = '{ rateLimit { cost maximumCost limit remaining used resetAt } }';

describe('rateLimit', () => {
  it('tells the operation’s cost, the hourly limit, what is used and left after it, and when it resets', async () => {
    const first = await server.gql(RATE_LIMIT, undefined, headers);
    // rateLimit and its six fields: 7 points
    expect(first.body.data.rateLimit).toEqual({ cost: 7, maximumCost: 25000, limit: 1000, remaining: 993, used: 7, resetAt: expect.any(String) });
    expect(Date.parse(first.body.data.rateLimit.resetAt) - Date.now()).toBeGreaterThan(3500_000);

    // a page of 100 organizations (301 points) beside it is charged before the budget is read
    const second = await server.gql(`{ organizations(first: 100) { edges { node { nameVi } } } ${RATE_LIMIT.slice(1, -1)} }`, undefined, headers);
    expect(second.body.data.rateLimit).toMatchObject({ cost: 1 + 100 * 3 + 7, remaining: 993 - 308, used: 7 + 308 });
    // the answer's extensions agree with it
    expect(second.body.extensions!.cost.budget).toMatchObject({ limit: 1000, remaining: 993 - 308 });
  });

  it('counts each caller apart: an anonymous caller has a whole budget of its own', async () => {
    const { body } = await server.gql(RATE_LIMIT);
    expect(body.data.rateLimit).toMatchObject({ limit: 1000, remaining: 993, used: 7 });
  });
});

describe('the actual cost', () => {
  it('a page of 100 that held 3 rows reports 3 rows fetched, beside the 100 charged', async () => {
    const { body } = await server.gql('{ organizations(first: 100) { totalCount edges { node { nameVi } } } }', undefined, headers);
    expect(body.data.organizations.edges).toHaveLength(3);
    // charged: each of the 100 rows asked with its selection (totalCount counted per row); fetched: 3 rows
    expect(body.extensions!.cost).toMatchObject({ requestedQueryCost: 1 + 100 * 4, actualQueryCost: 1 + 1 + 3 * 3 });
  });

  it('a refused operation fetched nothing and reports no actual cost', async () => {
    const { body } = await server.gql('{ a: organizations(first: 100) { edges { node { memberships(first: 100) { edges { node { role } } } } } } }', undefined, headers);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.extensions?.cost ?? body.errors![0].extensions!.cost).not.toHaveProperty('actualQueryCost');
  });
});

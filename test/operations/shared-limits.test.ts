import { randomBytes } from 'node:crypto';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { describeWithRedis, TEST_REDIS_URL } from '../support/engine.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 12: with REDIS_URL set, every instance spends one point budget and one write limit per caller;
 * while Redis does not answer, each instance counts in its own memory instead of failing requests.
 */
const LIST = '{ organizations(first: 10) { edges { node { name } } } }';
const bearer = async (subject: string) => ({ authorization: `Bearer ${await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject })}` });

describeWithRedis('two instances with REDIS_URL: one budget per caller', () => {
  const servers: TestServer[] = [];
  beforeAll(async () => {
    const env = { REDIS_URL: TEST_REDIS_URL!, REDIS_KEY_PREFIX: `amity-test-${randomBytes(4).toString('hex')}`, POINT_BUDGET: '100', WRITE_RATE_LIMIT: '3' };
    servers.push(...(await Promise.all([startTestServer('shared_a', { env }), startTestServer('shared_b', { env })])));
  });
  afterAll(() => Promise.all(servers.map((s) => s.stop())));

  it('operations on either instance spend the same budget; spent, both refuse', async () => {
    const [a, b] = servers;
    const headers = await bearer('shared-spender');
    const remaining: number[] = [];
    for (const server of [a, b, a]) {
      const { status, body } = await server.gql(LIST, undefined, headers);
      expect(status).toBe(200);
      remaining.push(body.extensions!.cost.budget.remaining);
    }
    // 31 points each (1 + 10 × 3), from one budget of 100.
    expect(remaining).toEqual([69, 38, 7]);
    for (const server of [b, a]) {
      const refused = await server.gql(LIST, undefined, headers);
      expect(refused.status).toBe(429);
      expect(refused.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(refused.body.extensions!.cost.budget.remaining).toBe(7);
    }
  });

  it('writes on either instance count against one limit per token', async () => {
    const [a, b] = servers;
    const headers = await bearer('shared-writer');
    const write = (server: TestServer, i: number) =>
      server.gql('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { fullName: `Người Viết ${i}` } }, headers);
    const codes: (string | undefined)[] = [];
    for (const [i, server] of [a, b, a, b].entries()) codes.push((await write(server, i)).body.errors?.[0]?.extensions?.code);
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
  });
});

describe('REDIS_URL set but Redis away', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A port nothing listens on.
    server = await startTestServer('redis_away', { env: { REDIS_URL: 'redis://127.0.0.1:1', POINT_BUDGET: '100' } });
  });
  afterAll(() => server.stop());

  it('requests are served and charged in the instance’s memory', async () => {
    const headers = await bearer('away-spender');
    const first = await server.gql(LIST, undefined, headers);
    const second = await server.gql(LIST, undefined, headers);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect([first.body.extensions!.cost.budget.remaining, second.body.extensions!.cost.budget.remaining]).toEqual([69, 38]);
  });
});

describe('TRUST_PROXY: behind a balancer, each anonymous client has its own budget', () => {
  let proxied: TestServer;
  let direct: TestServer;
  beforeAll(async () => {
    [proxied, direct] = await Promise.all([
      startTestServer('trust_proxy', { env: { TRUST_PROXY: 'loopback', POINT_BUDGET: '100' } }),
      startTestServer('no_trust_proxy', { env: { POINT_BUDGET: '100' } }),
    ]);
  });
  afterAll(() => Promise.all([proxied?.stop(), direct?.stop()]));

  const remaining = async (server: TestServer, client: string) =>
    (await server.gql(LIST, undefined, { 'x-forwarded-for': client })).body.extensions!.cost.budget.remaining;

  it('X-Forwarded-For from a trusted proxy names the client; without TRUST_PROXY the balancer is the one client', async () => {
    expect([await remaining(proxied, '203.0.113.7'), await remaining(proxied, '198.51.100.9')]).toEqual([69, 69]);
    expect([await remaining(direct, '203.0.113.7'), await remaining(direct, '198.51.100.9')]).toEqual([69, 38]);
  });
});

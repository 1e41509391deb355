import http from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import pg from 'pg';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { exceedsBytes, jsonBytesUpTo } from '../../src/graphql/response-size.js';
import { describeOnServer } from '../support/engine.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 10, items 2 and 7: introspection is priced and limited like any field, analytical fields are
 * priced by the work they do, every statement has a timeout, every query a deadline, and every caller
 * a point budget per hour.
 */

/** Default limits, except a smaller cost limit and a statement timeout a lock wait can reach. */
let limited: TestServer;
/** A budget of 100 points per caller, a 300 ms deadline and a 5,000-byte response cap. */
let tight: TestServer;
const authSecret = loadConfig({ NODE_ENV: 'test' }).authSecret;

beforeAll(async () => {
  [limited, tight] = await Promise.all([
    startTestServer('cost-limits', { env: { MAX_QUERY_COST: '2000', STATEMENT_TIMEOUT_MS: '1000' } }),
    startTestServer('cost-tight', { env: { POINT_BUDGET: '100', OPERATION_TIMEOUT_MS: '300', MAX_RESPONSE_BYTES: '5000' } }),
  ]);
});
afterAll(() => Promise.all([limited?.stop(), tight?.stop()]));

const aliases = (n: number, selection: string) => Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(' ');
const code = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;
const bearer = async (subject: string) => ({ authorization: `Bearer ${await issueToken(authSecret, { role: 'SECRETARIAT', subject })}` });

/** POST from a given loopback address (127.0.0.0/8 is all local), as a distinct public client would. */
function postFrom(server: TestServer, localAddress: string, query: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({ query });
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }>((resolve, reject) => {
    const request = http.request(
      { hostname, port, path: '/graphql', method: 'POST', localAddress, headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const valuesIn = (value: unknown): number =>
  1 + (Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : []).reduce((n: number, v) => n + valuesIn(v), 0);

/** Holds an exclusive lock on a table from a connection of its own, so statements reading it wait. */
async function lockTable(server: TestServer, table: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: server.app.database.orm.config.get('clientUrl') });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table "${table}" in access exclusive mode`);
  return async () => {
    await client.query('rollback');
    await client.end();
  };
}

describe('introspection is priced and limited like any field', () => {
  const types = '__schema { types { name fields { name type { name } } } }';

  it('2,000 aliases of __schema: QUERY_TOO_COMPLEX, nothing executed', async () => {
    const query = `{ ${aliases(2000, types)} }`;
    expect(query.length).toBeGreaterThan(100_000);
    const { status, body } = await limited.gql(query);
    expect(status).toBe(400);
    expect(code(body)).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/Aliases limit of 30 exceeded, found 2000/);
    expect(body.data).toBeUndefined();
    // Refused after parsing and validation: no answer of 160 MB was built.
    expect(JSON.stringify(body).length).toBeLessThan(2000);
  });

  it('5,000 aliases of __typename: QUERY_TOO_COMPLEX', async () => {
    const { status, body } = await limited.gql(`{ ${aliases(5000, '__typename')} }`);
    expect(status).toBe(400);
    expect(code(body)).toBe('QUERY_TOO_COMPLEX');
    expect(body.data).toBeUndefined();
  });

  it('aliases inside fragments and inline fragments count too', async () => {
    const query = `
      query { ...Twenty ... on Query { ${Array.from({ length: 20 }, (_, i) => `b${i}: __typename`).join(' ')} } }
      fragment Twenty on Query { ${Array.from({ length: 20 }, (_, i) => `c${i}: __typename`).join(' ')} }`;
    const { status, body } = await limited.gql(query);
    expect(status).toBe(400);
    expect(code(body)).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/Aliases limit of 30 exceeded, found 40/);
  });

  it('one __schema per operation, whether aliased or spread from a fragment', async () => {
    for (const query of [
      '{ a: __schema { queryType { name } } b: __schema { queryType { name } } }',
      '{ __schema { queryType { name } } ...More } fragment More on Query { again: __schema { queryType { name } } }',
    ]) {
      const { status, body } = await limited.gql(query);
      expect(status).toBe(400);
      expect(code(body)).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors![0].message).toMatch(/one __schema/);
    }
  });

  it('the standard introspection query, and GraphiQL’s, are answered and priced by the size of their answer', async () => {
    for (const query of [getIntrospectionQuery(), getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true })]) {
      const { status, body } = await limited.gql(query);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.__schema.types.length).toBeGreaterThan(100);
      // One point per 20 values of the answer (every object, list item and leaf).
      expect(body.extensions!.cost.requestedQueryCost).toBe(Math.ceil(valuesIn(body.data.__schema) / 20));
      expect(body.extensions!.cost.requestedQueryCost).toBeLessThan(2000);
    }
  });

  it('nested introspection lists are priced by what they would answer, through fragments too, and refused past the limit', async () => {
    // graphql-js allows two levels of `fields` under `types`: 50,000 values here, 880 KB of JSON.
    const field = 'name description args { name description type { name kind ofType { name kind } } }';
    const direct = `{ __schema { types { fields { ${field} type { name kind fields { ${field} type { name kind ofType { name } } } } } } } }`;
    const viaFragments = `{ __schema { types { ...Outer } } }
      fragment Outer on __Type { fields { ...Field type { name kind ... on __Type { fields { ...Field type { name kind ofType { name } } } } } } }
      fragment Field on __Field { ${field} }`;
    for (const query of [direct, viaFragments]) {
      limited.resetQueries();
      const { status, body } = await limited.gql(query);
      expect(status).toBe(400);
      expect(code(body)).toBe('QUERY_TOO_COMPLEX');
      expect(body.extensions!.cost.requestedQueryCost).toBeGreaterThan(2000);
    }
  });

  it('the depth limit applies to __type and beside __schema', async () => {
    const deepType = `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(12)} name ${'} '.repeat(12)} } } } }`;
    const deepBeside = `{ __schema { queryType { name } } union { ${'parent { '.repeat(29)} id ${'} '.repeat(29)} } }`;
    for (const query of [deepType, deepBeside]) {
      const { status, body } = await limited.gql(query);
      expect(status).toBe(400);
      expect(code(body)).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors![0].message).toMatch(/depth/i);
    }
  });

  it('an answer larger than MAX_RESPONSE_BYTES: RESPONSE_TOO_LARGE, its data dropped', async () => {
    const { status, body } = await tight.gql('{ __type(name: "Query") { fields { name description args { name description } } } }', undefined, await bearer('large-answer'));
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([{ message: expect.stringMatching(/larger than 5000 bytes/), extensions: { code: 'RESPONSE_TOO_LARGE', maximumResponseBytes: 5000 } }]);
    expect(body.extensions!.cost.requestedQueryCost).toBeGreaterThan(0);
  });

  it('the response size is measured without serialising the answer, exactly', () => {
    const value = { data: { a: [1, 'x"y', null, true, { 'é': 'ünï\n', n: -1.5 }], skipped: undefined }, errors: [] };
    expect(jsonBytesUpTo(value, Infinity)).toBe(Buffer.byteLength(JSON.stringify(value)));
    expect(jsonBytesUpTo(value, 10)).toBeGreaterThan(10);
  });

  it('the quick bounds decide as the exact size does, at every limit around the answer’s size', () => {
    const values = [
      { data: { a: [1, 'x"y', null, true, { 'é': 'ünï\n', n: -1.5 }], skipped: undefined }, errors: [] },
      { data: { list: Array.from({ length: 40 }, (_, i) => ({ id: `T3JnOj${i}`, name: 'Hội hữu nghị Việt Nam – Nhật Bản\u0001', n: i * 1.25, ok: i % 2 === 0, none: null })) } },
    ];
    for (const value of values) {
      const exact = Buffer.byteLength(JSON.stringify(value));
      for (const limit of [0, 1, exact - 100, exact - 1, exact, exact + 1, exact + 100, 10 * exact]) expect([limit, exceedsBytes(value, limit)]).toEqual([limit, exact > limit]);
    }
  });
});

describe('fields are priced by the work they do', () => {
  const unionWide = (from: string, to: string) => `{ inactiveMembers(from: "${from}", to: "${to}", maxRate: 1, minRecorded: 0) { nodes { rate } } }`;

  it('Union-wide inactiveMembers over ten years costs more than a plain list, and more than the limit of 2,000', async () => {
    const list = await limited.gql('{ organizations(first: 50) { edges { node { name } } } }');
    expect(list.status).toBe(200);
    expect(list.body.extensions!.cost.requestedQueryCost).toBe(1 + 50 * 3);

    limited.resetQueries();
    const { status, body } = await limited.gql(unionWide('2016-01-01', '2026-01-01'));
    expect(status).toBe(400);
    expect(code(body)).toBe('QUERY_TOO_COMPLEX');
    // Every seat against every event of ten years, then 50 rows (the default page) of `nodes { rate }`.
    expect(body.extensions!.cost).toEqual({ requestedQueryCost: 1500 + 75 * 10 + 1 + 50 * 2, maximumQueryCost: 2000 });
    expect(limited.queries).toEqual([]);
  });

  it('a shorter period or one association costs less, and runs', async () => {
    const year = await limited.gql(unionWide('2025-01-01', '2026-01-01'));
    expect(year.status).toBe(200);
    expect(year.body.extensions!.cost.requestedQueryCost).toBe(1500 + 75 + 1 + 50 * 2);

    const union = await limited.gql('{ union { id } }');
    const one = await limited.gql(`{ inactiveMembers(organizationId: "${union.body.data.union.id}", from: "2016-01-01", to: "2026-01-01") { nodes { rate } } }`);
    expect(one.status).toBe(200);
    expect(one.body.extensions!.cost.requestedQueryCost).toBe(50 + 5 * 10 + 1 + 50 * 2);
  });

  it('network and NGO analyses are priced by hops, nodes and scans, not as one row', async () => {
    const union = (await limited.gql('{ union { id } }')).body.data.union.id;
    const cost = async (query: string) => (await limited.gql(query)).body.extensions!.cost.requestedQueryCost as number;
    expect(await cost(`{ neighbourhood(id: "${union}", hops: 1, limit: 10) { nodes { id } } }`)).toBe(100 + 1 + 10 * 2);
    expect(await cost(`{ neighbourhood(id: "${union}", hops: 3, limit: 10) { nodes { id } } }`)).toBe(300 + 1 + 10 * 2);
    expect(await cost('{ aidStatistics(by: YEAR) { key } }')).toBe(50 + 1 + 50 * 1);
    expect(await cost('{ outOfAreaActivities { nodes { kind } } }')).toBe(500 + 1 + 20 * 2);
    expect(await cost('{ persons(first: 10, filter: { search: "nguyen" }) { edges { node { id } } } }')).toBe(100 + 1 + 10 * 3);
    // A field of each organization of a page is priced once per organization.
    expect(await cost(`{ organization(id: "${union}") { partnerSuggestions(first: 5) { nodes { score } } } }`)).toBe(1 + 200 + 1 + 5 * 2);
    expect(await cost('{ organizations(first: 10) { edges { node { partnerSuggestions(first: 5) { nodes { score } } } } } }')).toBe(1 + 10 * (1 + 1 + 200 + 1 + 5 * 2));
  });

  it('arguments out of range price at least one hop: a price never goes negative to offset its siblings', async () => {
    const union = (await limited.gql('{ union { id } }')).body.data.union.id;
    const query = `{ connectionPaths(fromId: "${union}", toId: "${union}", maxHops: -100000, k: -100000) { paths { hops } } organizations(first: 10) { edges { node { name } } } }`;
    const { body } = await limited.gql(query);
    // connectionPaths: 50 per hop (at least one), one path of one step of `paths { hops }`; then the list.
    expect(body.extensions!.cost.requestedQueryCost).toBe(50 + 1 + 2 + (1 + 10 * 3));
  });

  it('unpaged lists of nodes nested in one another are priced by the rows they fan out to, as pages are', async () => {
    const bytesPerPoint = async (query: string, cost: number) => {
      const { body } = await limited.gql(query);
      expect(body.errors).toBeUndefined();
      expect(body.extensions!.cost.requestedQueryCost).toBe(cost);
      return JSON.stringify(body.data).length / cost;
    };
    // Each unpaged list of nodes (countries): five rows of its selection; each connection its page, `nodes` one point a row.
    const walk = '{ countries { nameEn parliamentaryGroups(first: 2) { nodes { nameEn members(first: 2) { nodes { role person { fullName } } } countries { nameEn parliamentaryGroups(first: 2) { nodes { nameEn } } } } } } }';
    const inner = 1 + 5 * (1 + (1 + 2 * (1 + 1)));
    const members = 1 + 2 * (1 + (1 + 2));
    const group = 1 + 2 * (1 + (1 + members + inner));
    const walked = await bytesPerPoint(walk, 1 + 5 * (1 + group));
    const paged = await bytesPerPoint('{ organizations(first: 50) { edges { node { name nameEn } } } }', 1 + 50 * 4);
    // Priced as one row each, the walk answered about twenty times the bytes per point of a page.
    expect(walked).toBeLessThan(2 * paged);
  });
});

describeOnServer('statement timeout and operation deadline', 'a lock held from a second connection, and statement_timeout, which PGlite does not enforce', () => {
  it('a statement past STATEMENT_TIMEOUT_MS is cancelled by PostgreSQL and answered TIMEOUT', async () => {
    const release = await lockTable(limited, 'organization');
    try {
      const started = Date.now();
      const { status, body } = await limited.gql('{ organizations(first: 1) { totalCount } }');
      expect(Date.now() - started).toBeLessThan(4000);
      expect(status).toBe(200);
      expect(body.errors!.map((e) => e.extensions!.code)).toEqual(['TIMEOUT']);
      expect(JSON.stringify(body)).not.toMatch(/INTERNAL_SERVER_ERROR|canceling statement/);
    } finally {
      await release();
    }
    expect((await limited.gql('{ union { name } }')).body.data.union.name).toMatch(/Liên hiệp/);
  });

  it('a query past OPERATION_TIMEOUT_MS is answered TIMEOUT at its deadline, with what resolved before it', async () => {
    const headers = await bearer('deadline');
    const union = (await tight.gql('{ union { id } }', undefined, headers)).body.data.union.id;
    // `node` may be null: the error stops there, and the union's name, read before, is answered.
    const query = `{ union { name } node(id: "${union}") { ... on Organization { countries { code } } } }`;
    const release = await lockTable(tight, 'country');
    try {
      const started = Date.now();
      const { status, body } = await tight.gql(query, undefined, headers);
      // The statement waiting on the lock is left behind at the deadline (300 ms), not waited for.
      expect(Date.now() - started).toBeLessThan(2500);
      expect(status).toBe(200);
      expect(body.data.union.name).toMatch(/Liên hiệp/);
      expect(body.data.node).toBeNull();
      expect(body.errors).toEqual([expect.objectContaining({ path: ['node', 'countries'], extensions: { code: 'TIMEOUT', timeoutMs: 300 } })]);
    } finally {
      await release();
    }
    const after = await tight.gql(query, undefined, headers);
    expect(after.body.errors).toBeUndefined();
  });
});

describe('each caller has a point budget per hour', () => {
  // organizations(first: 10) { edges { node { name } } }: 1 + 10 × 3 points.
  const LIST = '{ organizations(first: 10) { edges { node { name } } } }';

  it('each operation takes its cost; spent, the next is refused with 429 RATE_LIMITED and Retry-After, taking nothing', async () => {
    const headers = await bearer('budget-spender');
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { status, body } = await tight.gql(LIST, undefined, headers);
      expect(status).toBe(200);
      expect(body.extensions!.cost).toEqual({ requestedQueryCost: 31, actualQueryCost: 31, maximumQueryCost: 25000, budget: { limit: 100, remaining: expect.any(Number), resetAt: expect.any(String) } });
      remaining.push(body.extensions!.cost.budget.remaining);
    }
    expect(remaining).toEqual([69, 38, 7]);

    tight.resetQueries();
    const refused = await tight.gql(LIST, undefined, headers);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(3500);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
    expect(refused.body.data).toBeUndefined();
    expect(code(refused.body)).toBe('RATE_LIMITED');
    expect(refused.body.extensions!.cost.budget).toEqual({ limit: 100, remaining: 7, resetAt: expect.any(String) });
    expect(Date.parse(refused.body.extensions!.cost.budget.resetAt)).toBeGreaterThan(Date.now() + 3_500_000);
    expect(tight.queries).toEqual([]);

    // What is left still pays for a cheaper operation.
    const cheap = await tight.gql('{ union { id } }', undefined, headers);
    expect(cheap.status).toBe(200);
    expect(cheap.body.extensions!.cost.budget.remaining).toBe(5);
  });

  it('a request refused as a client mistake (a NUL in an argument, a subscription) is not charged', async () => {
    const headers = await bearer('budget-mistaken');
    const NUL_QUERY = 'query($p: String) { reportedFigures(metric: $p) { nodes { label } } }';
    for (let i = 0; i < 5; i++) {
      const refused = await tight.gql(NUL_QUERY, { p: 'a\u0000b' }, headers);
      expect(code(refused.body)).toBe('BAD_USER_INPUT');
      expect((await tight.gql('subscription { auditEntryAdded { id } }', undefined, headers)).body.errors![0].extensions!.code).toBe('BAD_REQUEST');
    }
    const first = await tight.gql(LIST, undefined, headers);
    expect(first.status).toBe(200);
    expect(first.body.extensions!.cost.budget.remaining).toBe(69);
  });

  it('the public’s budget is per client address', async () => {
    for (let i = 0; i < 3; i++) expect((await postFrom(tight, '127.0.0.2', LIST)).status).toBe(200);
    const spent = await postFrom(tight, '127.0.0.2', LIST);
    expect(spent.status).toBe(429);
    expect(spent.headers['retry-after']).toBeDefined();

    const other = await postFrom(tight, '127.0.0.3', LIST);
    expect(other.status).toBe(200);
    expect(other.body.extensions.cost.budget.remaining).toBe(69);
  });

  it('a token’s budget is per subject, wherever it calls from, and apart from its address’s', async () => {
    const alice = await bearer('budget-alice');
    for (let i = 0; i < 3; i++) expect((await postFrom(tight, '127.0.0.4', LIST, alice)).status).toBe(200);
    expect((await postFrom(tight, '127.0.0.5', LIST, alice)).status).toBe(429);

    const publicSameAddress = await postFrom(tight, '127.0.0.4', LIST);
    expect(publicSameAddress.status).toBe(200);
    expect(publicSameAddress.body.extensions.cost.budget.remaining).toBe(69);
    const bob = await postFrom(tight, '127.0.0.4', LIST, await bearer('budget-bob'));
    expect(bob.status).toBe(200);
    expect(bob.body.extensions.cost.budget.remaining).toBe(69);
  });
});

describe('the default cost limit', () => {
  let defaults: TestServer;
  beforeAll(async () => {
    defaults = await startTestServer('cost-defaults', { seed: false });
  });
  afterAll(() => defaults?.stop());

  // 1 + 100 × (3 + (1 + 20 × 5)) = 10,401 points: the directory page with rosters a frontend would build.
  const MEDIUM = '{ organizations(first: 100) { edges { node { name memberships(first: 20) { edges { node { role person { fullName } } } } } } } }';
  // Three nested full pages: about a million points.
  const HUGE = '{ organizations(first: 100) { edges { node { memberships(first: 100) { edges { node { person { memberships(first: 100) { edges { node { role } } } } } } } } } } }';

  it('lets a medium page with nested lists through and refuses three nested full pages, naming both figures', async () => {
    const medium = await defaults.gql(MEDIUM);
    expect(medium.body.errors).toBeUndefined();
    expect(medium.body.extensions!.cost).toMatchObject({ requestedQueryCost: 10401, maximumQueryCost: 25000 });

    const huge = await defaults.gql(HUGE);
    expect(huge.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: { requestedQueryCost: expect.any(Number), maximumQueryCost: 25000 } });
    expect(huge.body.errors![0].extensions!.cost.requestedQueryCost).toBeGreaterThan(1_000_000);
  });
});

import { gzipSync } from 'node:zlib';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { createErrorFormatter } from '../../src/errors/format-error.js';
import { createLogger } from '../../src/log/logger.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 10, item 8: mistakes a client makes are answered with a client code (BAD_USER_INPUT, BAD_REQUEST)
 * and a 4xx or the GraphQL-over-HTTP status, never INTERNAL_SERVER_ERROR or a 5xx.
 */
let server: TestServer;
let secretariat: string;
let bodyId: string;
beforeAll(async () => {
  server = await startTestServer('client_mistakes');
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  bodyId = (await server.gql('{ union { bodies { nodes { id } } } }')).body.data.union.bodies.nodes[0].id;
});
afterAll(() => server.stop());

type Answer = { status: number; body: any; headers: Headers };
async function post(body: string | Buffer | object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

function expectClientError(answer: Answer, code: 'BAD_USER_INPUT' | 'BAD_REQUEST', status: number) {
  expect({ status: answer.status, codes: answer.body.errors?.map((e: any) => e.extensions?.code) }).toEqual({ status, codes: [code] });
  expect(JSON.stringify(answer.body)).not.toMatch(/INTERNAL_SERVER_ERROR|Internal server error|select |invalid message format/);
}

async function expectStillServing() {
  const { status, body } = await server.gql('{ union { name } }');
  expect(status).toBe(200);
  expect(body.data.union.name).toMatch(/Liên hiệp/);
}

describe('a NUL byte in a string argument: BAD_USER_INPUT naming the argument, before any SQL runs', () => {
  // Every row has every column: it.each takes a test function with more parameters than the row for one using `done`.
  const cases: [string, string, Record<string, unknown> | undefined, string, { secretariat?: boolean }][] = [
    ['foreignNgos(filter: { province }) literal', '{ foreignNgos(filter: { province: "a\\u0000" }) { totalCount } }', undefined, 'filter.province', {}],
    ['foreignNgos(filter: { province }) variable', 'query($p: String) { foreignNgos(filter: { province: $p }) { totalCount } }', { p: 'a\u0000' }, 'filter.province', {}],
    ['foreignNgos(filter) variable object', 'query($f: ForeignNgoFilter) { foreignNgos(filter: $f) { totalCount } }', { f: { province: 'x', sectorKeys: ['ok', 'b\u0000'] } }, 'filter.sectorKeys[1]', {}],
    ['reportedFigures(metric:)', '{ reportedFigures(metric: "a\\u0000") { nodes { metric } } }', undefined, 'metric', {}],
    ['auditTrail(actor:) as the secretariat', '{ auditTrail(actor: "a\\u0000") { nodes { actor } } }', undefined, 'actor', { secretariat: true }],
    ['a list element', '{ foreignNgos(filter: { sectorKeys: ["x", "y\\u0000"] }) { totalCount } }', undefined, 'filter.sectorKeys[1]', {}],
  ];
  it.each(cases)('%s', async (_name, query, variables, field, opts) => {
    server.resetQueries();
    const headers: Record<string, string> = opts.secretariat ? { authorization: `Bearer ${secretariat}` } : {};
    const modern = await post({ query, variables }, headers);
    expectClientError(modern, 'BAD_USER_INPUT', 400);
    expect(modern.body.data).toBeUndefined();
    expect(modern.body.errors[0].extensions.fields).toEqual([{ field, message: expect.stringMatching(/NUL/) }]);
    expect(server.queries).toEqual([]);
    const legacy = await post({ query, variables }, { ...headers, accept: 'application/json' });
    expectClientError(legacy, 'BAD_USER_INPUT', 200);
    await expectStillServing();
  });
});

describe('numbers that overflow what the database or a date can hold', () => {
  it('registrationAlerts(withinDays: 2147483647)', async () => {
    const answer = await post({ query: '{ registrationAlerts(withinDays: 2147483647) { nodes { daysLeft } } }' });
    expectClientError(answer, 'BAD_USER_INPUT', 200); // a field error: GraphQL over HTTP answers 200 with data null
    expect(answer.body.errors[0].extensions.fields).toEqual([{ field: 'withinDays', message: 'out of range' }]);
    await expectStillServing();
  });

  it('aidStatistics(fromYear: -2147483648)', async () => {
    const answer = await post({ query: '{ aidStatistics(by: YEAR, fromYear: -2147483648) { key } }' });
    expectClientError(answer, 'BAD_USER_INPUT', 200);
    expect(answer.body.errors[0].path).toEqual(['aidStatistics']);
    await expectStillServing();
  });
});

describe('requests GraphQL over HTTP does not serve', () => {
  it('a subscription: 400 BAD_REQUEST saying to use a WebSocket (200 for legacy application/json)', async () => {
    const subscription = { query: 'subscription { auditEntryAdded { id } }' };
    const answer = await post(subscription);
    expectClientError(answer, 'BAD_REQUEST', 400);
    expect(answer.body.errors[0].message).toMatch(/^Subscriptions are served over WebSocket, not HTTP/);
    expectClientError(await post(subscription, { accept: 'application/json' }), 'BAD_REQUEST', 200);
    // One that does not validate is refused as any such document (a subscription may not select __typename alone).
    const invalid = await post({ query: 'subscription { __typename }' });
    expect({ status: invalid.status, codes: invalid.body.errors.map((e: any) => e.extensions.code) }).toEqual({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
    await expectStillServing();
  });

  it('a persisted query whose sha256Hash does not match the query: 400 BAD_REQUEST', async () => {
    const answer = await post({ query: '{ union { name } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expectClientError(answer, 'BAD_REQUEST', 400);
    await expectStillServing();
  });

  it('a persisted query of version 2: 400 BAD_REQUEST', async () => {
    const answer = await post({ query: '{ union { name } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } });
    expectClientError(answer, 'BAD_REQUEST', 400);
    await expectStillServing();
  });

  it('content-encoding: gzip with a body that is not gzip: 400 BAD_REQUEST; a real gzip body is served', async () => {
    expectClientError(await post('{"query":"{ union { name } }"}', { 'content-encoding': 'gzip' }), 'BAD_REQUEST', 400);
    expectClientError(await post(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), { 'content-encoding': 'gzip' }), 'BAD_REQUEST', 400);
    const real = await post(gzipSync('{"query":"{ union { name } }"}'), { 'content-encoding': 'gzip' });
    expect(real.status).toBe(200);
    expect(real.body.data.union.name).toMatch(/Liên hiệp/);
  });
});

describe('the roster export refuses dates that do not exist', () => {
  it.each(['2025-02-30', '2025-13-45', '0000-01-01', '2025-1-01'])('asOf=%s: 400 BAD_USER_INPUT naming asOf', async (asOf) => {
    const response = await fetch(`${server.url}/export/bodies/${bodyId}/roster.csv?asOf=${asOf}`);
    const body = (await response.json()) as any;
    expect({ status: response.status, code: body.errors[0].extensions.code, fields: body.errors[0].extensions.fields }).toEqual({ status: 400, code: 'BAD_USER_INPUT', fields: [{ field: 'asOf', message: expect.any(String) }] });
    await expectStillServing();
  });

  it('a real date is served', async () => {
    const response = await fetch(`${server.url}/export/bodies/${bodyId}/roster.csv?asOf=2024-02-29`);
    expect(response.status).toBe(200);
  });
});

describe('the one place errors are formatted maps what the database refuses to client codes', () => {
  // Real driver errors from the test database, as a resolver would see them (the edge refuses NUL first).
  const format = createErrorFormatter(createLogger('silent'), false);
  const failureOf = async (sql: string, params: unknown[] = []) => {
    try {
      await server.app.database.orm.em.fork().execute(sql, params);
    } catch (error) {
      return error;
    }
    throw new Error(`${sql} did not fail`);
  };
  it.each([
    ['a NUL in a string', "select ?::text", ['a\u0000']],
    ['a date that does not exist (22008)', "select '2025-02-30'::date", []],
    ['an integer out of range (22003)', 'select 2147483648::int', []],
    ['text that is not a uuid (22P02)', "select 'nope'::uuid", []],
    ['text that is not a date (22007)', "select 'the 5th of May'::date", []],
  ])('%s → BAD_USER_INPUT, no SQL and no database message leaked', async (_name, sql, params) => {
    const error = await failureOf(sql, params as unknown[]);
    const formatted = format({ message: String((error as Error).message), path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(formatted.message).not.toMatch(/select|uuid|varchar|"/);
  });
});

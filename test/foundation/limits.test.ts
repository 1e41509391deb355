import { loadConfig } from '../../src/config/config.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('limits');
});
afterAll(() => server.stop());

const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });

/** After every refusal the server must still answer an ordinary query. */
async function expectStillServing() {
  const { status, body } = await server.gql('{ union { name } }');
  expect(status).toBe(200);
  expect(body.data.union.name).toMatch(/Liên hiệp/);
}

describe('bad input is refused with a stable code and the server keeps serving', () => {
  it('malformed JSON: 400 BAD_REQUEST', async () => {
    const response = await post('{"query": "{ union { name } ');
    expect(response.status).toBe(400);
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    await expectStillServing();
  });

  it('a 5 MB body: 413 PAYLOAD_TOO_LARGE', async () => {
    const padding = 'x'.repeat(5 * 1024 * 1024);
    const response = await post(JSON.stringify({ query: `{ union { name } } # ${padding}` }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    await expectStillServing();
  });

  it('a query over the cost limit: 400 QUERY_TOO_COMPLEX, with the price in extensions.cost', async () => {
    const fields = 'id name nameEn nameVi countries { code nameEn sources { citation url } } parent { id name parent { id name } }';
    const page = (alias: string) => `${alias}: organizations(first: 100) { totalCount edges { cursor node { ${fields} } } }`;
    const query = `{ ${'abcdefghijkl'.split('').map(page).join(' ')} }`;
    const { status, body } = await server.gql(query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.extensions!.cost.requestedQueryCost).toBeGreaterThan(body.extensions!.cost.maximumQueryCost);
    await expectStillServing();
  });

  it('an ordinary query reports what it cost', async () => {
    const { body } = await server.gql('{ organizations(first: 10) { edges { node { name } } } }');
    // The page of 10 times its selection (edges, node, name: a point each), plus the field itself.
    expect(body.extensions!.cost).toEqual({
      requestedQueryCost: 1 + 10 * 3,
      // the page was full: it fetched what it asked for
      actualQueryCost: 1 + 10 * 3,
      maximumQueryCost: 25000,
      budget: { limit: loadConfig({ NODE_ENV: 'test' }).pointBudget, remaining: expect.any(Number), resetAt: expect.any(String) },
    });
  });

  it('depth 30: 400 QUERY_TOO_COMPLEX', async () => {
    const query = `{ union { ${'parent { '.repeat(29)} id ${'} '.repeat(29)} } }`;
    const { status, body } = await server.gql(query);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/depth/i);
    await expectStillServing();
  });

  it('1000 aliases: 400 QUERY_TOO_COMPLEX', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: union { id }`).join(' ')} }`;
    const { status, body } = await server.gql(query);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(body.errors![0].message).toMatch(/alias/i);
    await expectStillServing();
  });

  it('batched operations are refused', async () => {
    const response = await post(JSON.stringify([{ query: '{ union { id } }' }, { query: '{ union { id } }' }]));
    expect(response.status).toBe(400);
    await expectStillServing();
  });

  it('an unknown global ID: NOT_FOUND; a malformed one: BAD_USER_INPUT', async () => {
    const unknown = Buffer.from('Organization:00000000-0000-4000-8000-000000000000').toString('base64url');
    const missing = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: unknown });
    expect(missing.status).toBe(200);
    expect(missing.body.data).toEqual({ node: null });
    expect(missing.body.errors![0].extensions!.code).toBe('NOT_FOUND');

    const malformed = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: 'not-an-id' });
    expect(malformed.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await expectStillServing();
  });

  it('a wrong variable type: BAD_USER_INPUT, 400 for graphql-response+json and 200 for legacy application/json', async () => {
    const query = 'query($first: Int) { organizations(first: $first) { totalCount } }';
    const modern = await server.gql(query, { first: 'ten' });
    expect(modern.status).toBe(400);
    expect(modern.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const legacy = await server.gql(query, { first: 'ten' }, { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    await expectStillServing();
  });

  it('a page larger than the cap: BAD_USER_INPUT naming the argument', async () => {
    const { body } = await server.gql('{ organizations(first: 1000) { totalCount } }');
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].extensions!.fields).toEqual([{ field: 'first', message: expect.any(String) }]);
  });

  it('an internal failure answers INTERNAL_SERVER_ERROR and leaks nothing (no SQL, no stack)', async () => {
    const em = server.app.database.orm.em.fork();
    await em.execute('alter table sector rename to sector_hidden_by_test');
    try {
      const { status, body } = await server.gql('{ sectors { key } }');
      expect(status).toBe(200);
      expect(body.errors).toEqual([{ message: 'Internal server error', locations: expect.any(Array), path: ['sectors'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(body)).not.toMatch(/sector_hidden|relation|select|stacktrace|\.js:\d+/);
    } finally {
      await em.execute('alter table sector_hidden_by_test rename to sector');
    }
    await expectStillServing();
  });
});

describe('health', () => {
  it('liveness and readiness answer', async () => {
    const live = await fetch(`${server.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok' } });
  });

  it('every response carries a request id, echoing one the client sent', async () => {
    const response = await fetch(`${server.url}/health/live`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });
});

import { pino } from 'pino';
import { startTestServer, type TestServer } from '../support/server.js';

/** Issue 12, item 4: /metrics in Prometheus text, and a log line per request saying what it did. */
let server: TestServer;
const lines: Record<string, any>[] = [];

beforeAll(async () => {
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  server = await startTestServer('observability', { logger });
});
afterAll(() => server.stop());

const DIRECTORY = 'query Directory { organizations(first: 3) { edges { node { name countries { code } } } } }';

/** The value of one sample of the exposition text, by its name and labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const has = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => has[k] === v)) return Number(match[3]);
  }
  return undefined;
}

it('/metrics: requests and latency by operation and outcome, statements and cost per operation, errors by code, pool and process', async () => {
  const costs: number[] = [];
  for (let i = 0; i < 2; i++) costs.push((await server.gql(DIRECTORY)).body.extensions!.cost.requestedQueryCost);
  server.resetQueries();
  await server.gql(DIRECTORY);
  const statementsOfOne = server.queries.length;
  await server.gql('query Broken { organization(id: "not-an-id") { name } }');

  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  expect(sample(text, 'amity_graphql_request_duration_seconds_count', { operation: 'Directory', outcome: 'ok' })).toBe(3);
  expect(sample(text, 'amity_graphql_request_duration_seconds_bucket', { operation: 'Directory', outcome: 'ok', le: '+Inf' })).toBe(3);
  expect(sample(text, 'amity_graphql_request_duration_seconds_count', { operation: 'Broken', outcome: 'error' })).toBe(1);
  expect(sample(text, 'amity_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
  expect(sample(text, 'amity_graphql_sql_statements_sum', { operation: 'Directory' })).toBe(3 * statementsOfOne);
  expect(sample(text, 'amity_graphql_cost_points_total', { operation: 'Directory' })).toBe(3 * costs[0]);
  expect(sample(text, 'amity_db_pool_connections', { state: 'waiting' })).toBe(0);
  expect(sample(text, 'amity_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
  expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
});

it('each request’s log line: operation, error codes, cost, SQL statements and duration', async () => {
  server.resetQueries();
  const { body } = await server.gql(DIRECTORY);
  const statements = server.queries.length;
  await new Promise((resolve) => setTimeout(resolve, 50));
  const line = lines.filter((l) => l.msg === 'request completed' && l.graphql?.operation === 'Directory').at(-1)!;
  expect(line).toMatchObject({ graphql: { operation: 'Directory', errorCodes: [], cost: body.extensions!.cost.requestedQueryCost, statements }, res: { statusCode: 200 } });
  expect(line.responseTime).toEqual(expect.any(Number));

  await server.gql('query Broken { organization(id: "not-an-id") { name } }');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(lines.filter((l) => l.graphql?.operation === 'Broken').at(-1)!.graphql).toMatchObject({ errorCodes: ['BAD_USER_INPUT'] });
});

it('operation names are bounded labels: past 200 distinct names, the rest count as `other`; unnamed as `anonymous`', async () => {
  for (let i = 0; i < 205; i++) await server.gql(`query Op${i} { __typename }`);
  await server.gql('{ __typename }');
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const named = new Set([...text.matchAll(/amity_graphql_request_duration_seconds_count\{operation="([^"]+)"/g)].map((m) => m[1]));
  // Directory, Broken and 196 of the Op names (two labels are kept for `anonymous` and `unresolved`), then `other`.
  expect(named.size).toBe(200);
  expect(sample(text, 'amity_graphql_request_duration_seconds_count', { operation: 'other', outcome: 'ok' })).toBe(9);
  expect(sample(text, 'amity_graphql_request_duration_seconds_count', { operation: 'anonymous', outcome: 'ok' })).toBe(1);
});

it('an operationName the document does not define takes no label; answers refused before GraphQL are counted by status', async () => {
  for (let i = 0; i < 3; i++) {
    await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query A { __typename }', operationName: `Made${i}Up` }) });
  }
  await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nonsense' }, body: '{"query":"{ __typename }"}' });
  await fetch(`${server.url}/nowhere`);
  const text = await (await fetch(`${server.url}/metrics`)).text();
  expect(text).not.toMatch(/operation="Made\dUp"/);
  expect(sample(text, 'amity_graphql_request_duration_seconds_count', { operation: 'unresolved', outcome: 'error' })).toBe(3);
  expect(sample(text, 'amity_http_responses_total', { route: 'graphql', status: '401' })).toBe(1);
  expect(sample(text, 'amity_http_responses_total', { route: 'other', status: '404' })).toBe(1);
  expect(sample(text, 'amity_http_responses_total', { route: 'graphql', status: '200' })).toBeGreaterThan(200);
});

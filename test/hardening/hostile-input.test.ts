import { issueToken } from '../../src/auth/tokens.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { HOSTILE_CASES, type HostileCase } from './hostile-cases.js';
import { TEST_ENGINE } from '../support/engine.js';

/**
 * The hostile-input corpus against the server as it runs in production (NODE_ENV=production: internals
 * hidden), on the PostgreSQL server and on the embedded engine: no crash, no 5xx for a client mistake,
 * every error with a stable code, and the server still serving afterwards.
 */
const STABLE_CODES = [
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'TIMEOUT',
  'RESPONSE_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
];

const authSecret = 'hostile-input-suite-secret-at-least-32-chars';

expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(100);

// Without a server (a fresh machine), on the embedded engine alone.
const ENGINES = TEST_ENGINE === 'server' ? (['server', 'embedded'] as const) : (['embedded'] as const);

describe.each(ENGINES)('hostile input on the %s database, in production mode', (engine) => {
  let server: TestServer;
  const strayRejections: unknown[] = [];
  const onRejection = (reason: unknown) => void strayRejections.push(reason);
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    server = await startTestServer(`hostile_${engine}`, {
      engine,
      env: { NODE_ENV: 'production', AUTH_SECRET: authSecret, POINT_BUDGET: '100000000', WRITE_RATE_LIMIT: '100000', OPERATION_TIMEOUT_MS: '20000' },
    });
    const { body } = await server.gql('{ union { id bodies { nodes { id } } } }');
    ids.UNION = body.data.union.id;
    ids.BODY = body.data.union.bodies.nodes[0]?.id ?? ids.UNION;
    tokens.SECRETARIAT = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'hostile-secretariat', expiresIn: '1h' });
    tokens.ASSOCIATION_EDITOR = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'hostile-editor', organizationId: '00000000-0000-0000-0000-000000000001', expiresIn: '1h' });
  }, 120_000);

  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await server.stop();
  });

  const fill = (text: string) => text.replace(/\$(UNION|BODY)\b/g, (_, name: string) => ids[name]);

  async function send(c: HostileCase): Promise<{ status: number; type: string; text: string }> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...c.headers };
    for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
    if (c.as) headers.authorization = `Bearer ${tokens[c.as]}`;
    const method = c.method ?? 'POST';
    const body = c.body === undefined || method === 'GET' || method === 'HEAD' ? undefined : Buffer.isBuffer(c.body) ? c.body : fill(typeof c.body === 'string' ? c.body : JSON.stringify(c.body));
    const response = await fetch(`${server.url}${fill(c.path ?? '/graphql')}`, { method, headers, body, signal: AbortSignal.timeout(60_000) });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  }

  it.each(HOSTILE_CASES.map((c) => [c.kind, c] as const))('%s', async (_kind, c) => {
    const { status, type, text } = await send(c);
    expect({ status, below500: status < 500 }).toEqual({ status, below500: true });
    if (status >= 400 && c.method !== 'HEAD') {
      // An error answer is JSON with a stable code on every error, whatever the route.
      expect(type).toMatch(/json/);
    }
    if (/json/.test(type) && text) {
      const parsed = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
      for (const error of parsed.errors ?? []) {
        expect(STABLE_CODES).toContain(error.extensions?.code);
      }
    }
    const alive = await server.gql('{ union { name } }');
    expect(alive.status).toBe(200);
  });

  it('caused no unhandled rejection and leaves the server ready', async () => {
    expect(strayRejections).toEqual([]);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
  });
});

import http from 'node:http';
import pg from 'pg';
import { buildServer, startChildServer, type Build, type ChildServer } from '../support/child-server.js';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from '../support/database.js';
import { describeOnServer } from '../support/engine.js';

/**
 * Issue 10, items 1 and 9: the production server as its own process (so an unhandled rejection would
 * really end it) on a database of its own, while its database backends are terminated under load, while the
 * database refuses connections, and while it shuts down with requests in flight.
 */

describeOnServer('the server as its own process while its database fails and while it shuts down', 'terminates backends and stops the server (one engine, one connection, in-process)', () => {
  let build: Build;
  let admin: pg.Client;
  beforeAll(async () => {
    build = buildServer();
    admin = new pg.Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
  }, 180_000);
  afterAll(async () => {
    await admin?.end();
    build?.remove();
  });

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const dbName = (db: TestDatabase) => decodeURIComponent(new URL(db.url).pathname.slice(1));
  const terminateBackends = (db: TestDatabase) =>
    admin.query('select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName(db)]).then((r) => r.rows[0].n as number);

  interface Answer {
    status: number;
    retryAfter: string | null;
    codes: string[];
    data: unknown;
  }

  async function gql(server: ChildServer, query: string, timeoutMs = 15_000): Promise<Answer> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, retryAfter: response.headers.get('retry-after'), codes: (body.errors ?? []).map((e) => String(e.extensions?.code)), data: body.data };
  }

  const LOAD = [
    '{ inactiveMembers(from: "2000-01-01", to: "2030-01-01", maxRate: 1, minRecorded: 0, first: 100) { nodes { rate } } }',
    '{ union { name bodies { nodes { kind } } } }',
    '{ organizations(first: 20) { totalCount edges { node { name } } } }',
    '{ registrationAlerts(withinDays: 365) { nodes { daysLeft } } }',
    '{ foreignNgos(first: 10) { edges { node { name } } } }',
  ];

  /** A success, or SERVICE_UNAVAILABLE: 503 with Retry-After when nothing resolved, else on the fields that failed. */
  function isSuccessOrUnavailable(a: Answer): boolean {
    if (a.status === 200 && a.codes.length === 0) return true;
    if (a.codes.length === 0 || !a.codes.every((c) => c === 'SERVICE_UNAVAILABLE')) return false;
    return a.status === 503 ? a.retryAfter !== null : a.status === 200 && a.data != null && Object.values(a.data as object).some((v) => v !== null);
  }

  /** Polls until the server answers an ordinary query and readiness again; the time it took. */
  async function timeToRecover(server: ChildServer, limitMs: number): Promise<number> {
    const start = Date.now();
    while (Date.now() - start < limitMs) {
      const [answer, ready] = await Promise.all([gql(server, '{ union { name } }', 2_000).catch(() => undefined), fetch(`${server.url}/health/ready`).then((r) => r.status).catch(() => 0)]);
      if (answer?.status === 200 && answer.codes.length === 0 && ready === 200) return Date.now() - start;
      await sleep(20);
    }
    return Infinity;
  }

  describe('the database fails under the server', () => {
    let db: TestDatabase;
    let server: ChildServer;
    beforeAll(async () => {
      db = await createTestDatabase('outages');
      server = await startChildServer(build, { DATABASE_URL: db.url });
    }, 120_000);
    afterAll(async () => {
      await server?.kill();
      await admin.query(`alter database "${dbName(db)}" with allow_connections true`).catch(() => undefined);
      await db?.drop();
    });

    it('backends terminated every few milliseconds under load: the process stays up, every answer is a success or SERVICE_UNAVAILABLE', async () => {
      const answers: Answer[] = [];
      const transportErrors: string[] = [];
      let killing = true;
      let terminated = 0;
      const killer = (async () => {
        const end = Date.now() + 4_000;
        while (Date.now() < end) {
          terminated += await terminateBackends(db);
          await sleep(3);
        }
        killing = false;
      })();
      const client = async (n: number) => {
        for (let i = 0; killing && i < 400; i++) {
          try {
            answers.push(await gql(server, LOAD[(n + i) % LOAD.length]));
          } catch (error) {
            transportErrors.push(String(error));
          }
        }
      };
      await Promise.all([killer, ...[0, 1, 2, 3, 4, 5].map(client)]);

      expect(server.alive()).toBe(true);
      expect(transportErrors).toEqual([]);
      expect(terminated).toBeGreaterThan(0);
      expect(answers.length).toBeGreaterThan(20);
      const unexpected = answers.filter((a) => !isSuccessOrUnavailable(a));
      expect(unexpected).toEqual([]);
      const unavailable = answers.filter((a) => a.codes.length);
      // With backends dying this often, some requests must have met one.
      expect(unavailable.length).toBeGreaterThan(0);
      // pino-http logs each 503 at level error; anything else at error or above is a failure of ours.
      expect(server.logs.filter((l) => l.level >= 50 && !l.res).map((l) => `${l.msg}: ${l.err?.message}`)).toEqual([]);
      expect(await timeToRecover(server, 1_000)).toBeLessThan(1_000);
    }, 60_000);

    it('a database that refuses connections: /health/ready and every request say 503 SERVICE_UNAVAILABLE; served again within 1 s of recovery', async () => {
      await admin.query(`alter database "${dbName(db)}" with allow_connections false`);
      await terminateBackends(db);
      try {
        const ready = await fetch(`${server.url}/health/ready`);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toEqual({ status: 'unavailable', checks: { database: 'down' } });
        expect((await fetch(`${server.url}/health/live`)).status).toBe(200);

        const answer = await gql(server, '{ union { name } }');
        expect(answer).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/), codes: ['SERVICE_UNAVAILABLE'], data: null });
        const legacy = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: '{ organizations(first: 5) { totalCount } }' }) });
        expect(legacy.status).toBe(503);
        expect(legacy.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(((await legacy.json()) as any).errors.map((e: any) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);

        const body = Buffer.from('Body:00000000-0000-4000-8000-000000000000').toString('base64url');
        const csv = await fetch(`${server.url}/export/bodies/${body}/roster.csv`);
        expect(csv.status).toBe(503);
        expect(csv.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(((await csv.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        // The reason is logged, not sent (the log line may still be in the pipe).
        const notReady = () => server.logs.find((l) => l.msg?.startsWith('not ready'));
        for (let i = 0; i < 50 && !notReady(); i++) await sleep(20);
        expect(notReady()?.reason).toMatch(/not currently accepting connections|terminat/i);
      } finally {
        await admin.query(`alter database "${dbName(db)}" with allow_connections true`);
      }
      expect(await timeToRecover(server, 1_000)).toBeLessThan(1_000);
      expect(server.alive()).toBe(true);
    }, 60_000);

    it('SIGTERM afterwards: "stopped cleanly", exit 0', async () => {
      server.process.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.logs.map((l) => l.msg)).toContain('stopped cleanly');
      expect(server.other).toEqual([]);
    }, 30_000);
  });

  /** Sends the headers and part of a JSON body, and holds the rest until `finish()`. */
  function slowUpload(server: ChildServer, query: string) {
    const body = JSON.stringify({ query });
    const split = Math.floor(body.length / 2);
    const url = new URL(`${server.url}/graphql`);
    let finish = () => {};
    const answer = new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', (e) => resolve({ error: String(e) }));
      });
      req.on('error', (e) => resolve({ error: String(e) }));
      req.write(body.slice(0, split));
      finish = () => void req.end(body.slice(split));
    });
    return { answer, finish: () => finish() };
  }

  describe('shutdown with requests in flight', () => {
    let db: TestDatabase;
    let server: ChildServer | undefined;
    beforeAll(async () => {
      db = await createTestDatabase('shutdown');
    });
    afterEach(async () => {
      await server?.kill();
    });
    afterAll(async () => {
      await db?.drop();
    });

    it('a request shorter than the grace period completes successfully before the process exits 0', async () => {
      server = await startChildServer(build, { DATABASE_URL: db.url, SHUTDOWN_GRACE_MS: '5000' });
      const upload = slowUpload(server, '{ union { name } }');
      await sleep(200);
      server.process.kill('SIGTERM');
      await sleep(300);
      expect(server.alive()).toBe(true); // waiting for the request in flight
      upload.finish();
      const answer = await upload.answer;
      expect(answer).toEqual({ status: 200, body: expect.stringContaining('Liên hiệp') });
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.logs.map((l) => l.msg)).toContain('stopped cleanly');
      expect(server.other).toEqual([]);
    }, 60_000);

    it('requests longer than the grace period are answered 503 or cut, and the process stops cleanly with exit 0', async () => {
      server = await startChildServer(build, { DATABASE_URL: db.url, SHUTDOWN_GRACE_MS: '700' });
      // One request whose upload never ends, one held by a lock in the database.
      const upload = slowUpload(server, '{ union { name } }');
      const locker = new pg.Client({ connectionString: db.url });
      await locker.connect();
      try {
        await locker.query('begin');
        await locker.query('lock table organization in access exclusive mode');
        const blocked = gql(server, '{ organizations(first: 5) { totalCount } }', 30_000).catch((error) => ({ error: String(error) }));
        await sleep(300);
        const started = Date.now();
        server.process.kill('SIGTERM');
        const exit = await server.exited;
        const tookMs = Date.now() - started;
        expect(exit).toEqual({ code: 0, signal: null });
        expect(server.logs.map((l) => l.msg)).toContain('stopped cleanly');
        expect(server.logs.find((l) => l.msg === 'HTTP requests drained')).toMatchObject({ cancelled: 2 });
        expect(server.other).toEqual([]);
        expect(server.logs.filter((l) => l.level >= 60)).toEqual([]);
        // The grace period, then bounded steps: not the lock's (unbounded) wait.
        expect(tookMs).toBeLessThan(700 + 8_000);
        for (const answer of [await upload.answer, await blocked]) {
          if ('error' in answer) continue; // the connection was closed: allowed
          expect(answer.status).toBe(503);
          expect('codes' in answer ? answer.codes : JSON.parse(answer.body).errors.map((e: any) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
        }
      } finally {
        await locker.query('rollback').catch(() => undefined);
        await locker.end();
      }
    }, 60_000);
  });
});

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { currentEmbeddedImage } from '../../src/db/embedded-image.js';
import { migrationsList } from '../../src/db/migrations/index.js';

const UNION_QUERY = '{ union { id name nameEn } }';

async function query(url: string, body: string) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: body }) });
  return (await response.json()) as any;
}

describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'amity-pglite-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('migrates and seeds an empty data directory, and keeps the data across a restart', async () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', AMITY_DATA_DIR: dataDir });
    const first = await startApp(config);
    expect(first.database.embedded).toBe(true);
    const before = await query(first.url, UNION_QUERY);
    await first.stop();
    expect(before.data.union.name).toBe('Liên hiệp các tổ chức hữu nghị Việt Nam');

    const second = await startApp(config);
    const after = await query(second.url, UNION_QUERY);
    await second.stop();
    expect(after.data.union.id).toBe(before.data.union.id);
  });
});

describe('a new embedded database starts from the image `npm install` made', () => {
  it('unpacks it instead of creating an empty one: migrated, seeded, answering', async () => {
    // npm install runs src/scripts/embedded-image.ts (postinstall); the image is named after the
    // migrations, the seed and the engine, so it is current here.
    const image = await currentEmbeddedImage('seeded');
    expect(image).toMatch(/\.data\/images\/[0-9a-f]{16}-seeded\.tar\.gz$/);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'amity-image-'));
    const messages: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void messages.push(JSON.parse(line).msg) });
    const app = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', AMITY_DATA_DIR: dataDir }), { logger });
    try {
      expect(messages).toContain('new embedded database unpacked from its image');
      expect(messages).not.toContain('empty directory: real seed data loaded');
      const applied = await app.database.orm.em.fork().execute('select name from mikro_orm_migrations order by id');
      expect((applied as { name: string }[]).map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
      expect((await query(app.url, UNION_QUERY)).data.union.name).toBe('Liên hiệp các tổ chức hữu nghị Việt Nam');
    } finally {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('SEED_ON_START=false: the empty image, migrated and holding nothing', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'amity-noseed-'));
    const app = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', AMITY_DATA_DIR: dataDir, SEED_ON_START: 'false' }));
    try {
      expect((await query(app.url, '{ organizations(first: 1) { totalCount } }')).data.organizations.totalCount).toBe(0);
    } finally {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

/** `npm start` as a user runs it: development defaults, the embedded engine in a new data directory. */
async function npmStart(dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', AMITY_DATA_DIR: dataDir, LOG_LEVEL: 'info', NODE_OPTIONS: '' };
  delete env.NODE_ENV; // exactly what a user gets: development defaults
  delete env.DATABASE_URL;
  // Its own process group, so that a signal to the group reaches the server as it would from a process manager.
  const child = spawn('npm', ['start', '--silent'], { cwd: fileURLToPath(new URL('../..', import.meta.url)), env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const state = { output: '' };
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${state.output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      state.output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(state.output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${state.output}`)));
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  return { url, child, state, closed, signalGroup };
}

describe('`npm start` on a machine with nothing configured', () => {
  it('builds, starts on the embedded engine, answers a query and stops cleanly on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'amity-start-'));
    const started = await npmStart(dataDir);
    try {
      const result = await query(started.url, UNION_QUERY);
      expect(result.data.union.nameEn).toMatch(/Union of Friendship Organizations/);
      // 'close': every process holding the output pipes (npm and the server) has ended.
      started.signalGroup('SIGTERM');
      await started.closed;
      expect(started.state.output).toMatch(/"msg":"stopped cleanly"/);
    } finally {
      started.signalGroup('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('SIGINT to the npm process alone (Ctrl-C through a supervisor) reaches the server: it stops cleanly, npm exits', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'amity-sigint-'));
    const started = await npmStart(dataDir);
    try {
      process.kill(started.child.pid!, 'SIGINT');
      await started.closed;
      expect(started.state.output).toMatch(/"signal":"SIGINT".*"msg":"shutting down"/);
      expect(started.state.output).toMatch(/"msg":"stopped cleanly"/);
    } finally {
      started.signalGroup('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);

  it('a start-up failure is one JSON line naming the setting, and exit 1', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: 'eighty', NODE_OPTIONS: '' };
    delete env.NODE_ENV;
    const child = spawn('npm', ['start', '--silent'], { cwd: fileURLToPath(new URL('../..', import.meta.url)), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(1);
    const failure = output.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((l) => l.level === 60);
    expect(failure).toMatchObject({ service: 'amity', setting: 'PORT', msg: expect.stringMatching(/^Invalid configuration: PORT: /) });
  }, 180_000);
});

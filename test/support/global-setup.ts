import net from 'node:net';
import pg from 'pg';

const DEFAULT_SERVER = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const redisAnswers = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, host);
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

/**
 * Chooses the engine for the whole run (test/support/engine.ts) and says which, in one line:
 * TEST_ENGINE when set; else the server of TEST_DATABASE_SERVER_URL, which must answer; else the
 * server at 127.0.0.1:5432 if one answers; else the embedded engine.
 */
export default async function globalSetup(): Promise<void> {
  // Tests of limits shared through Redis run where Redis answers (engine.ts: describeWithRedis).
  const redis = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  if (await redisAnswers(redis.hostname, Number(redis.port || 6379))) process.env.TEST_REDIS_URL = redis.toString();
  else delete process.env.TEST_REDIS_URL;
  const configured = process.env.TEST_DATABASE_SERVER_URL;
  if (process.env.TEST_ENGINE !== 'embedded') {
    const url = configured ?? DEFAULT_SERVER;
    if (await answers(url)) {
      process.env.TEST_ENGINE = 'server';
      process.env.TEST_DATABASE_SERVER_URL = url;
      console.log(`\ntests: on the PostgreSQL server at ${new URL(url).host} (TEST_DATABASE_SERVER_URL)`);
      return;
    }
    if (configured || process.env.TEST_ENGINE === 'server') {
      // One line, not Jest's wrapped stack.
      process.stderr.write(`tests: no PostgreSQL server answers at ${new URL(url).host} (TEST_DATABASE_SERVER_URL=${url}); start it, or unset TEST_DATABASE_SERVER_URL to run on the embedded engine\n`);
      process.exit(1);
    }
  }
  const why = process.env.TEST_ENGINE === 'embedded' ? 'TEST_ENGINE=embedded' : 'no PostgreSQL server at 127.0.0.1:5432 and TEST_DATABASE_SERVER_URL not set';
  process.env.TEST_ENGINE = 'embedded';
  console.log(`\ntests: on the embedded engine (PGlite, one per test server): ${why}`);
}

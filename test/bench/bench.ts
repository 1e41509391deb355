/**
 * npm run bench [-- --scale N --concurrency C --duration S | --requests N] [--seed S] [--warmup S] [--only a,b]
 *
 * Creates a fresh database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/amity_bench;
 * dropped and recreated), starts the real server in-process on it (migrations + real seed), generates
 * the synthetic network, then for each operation of operations.ts: checks one response has no errors,
 * counts its SQL statements, and measures latency and throughput at a fixed concurrency. Peak RSS is
 * sampled every 100 ms. Figures go to bench-results/bench-<timestamp>.json and a table on stdout.
 */
import 'reflect-metadata';
import { execFileSync, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { startApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { SyntheticOptions, SyntheticResult } from '../../seeds/synthetic/generate.js';
import type { LoadJob, LoadResult } from './load-worker.js';
import { OPERATIONS, pickFixtures, variablesOf, type Fixtures, type Operation } from './operations.js';

const DEFAULT_URL = 'postgresql://postgres@127.0.0.1:5432/amity_bench';

interface Options {
  scale: number;
  seed: string;
  concurrency: number;
  durationS: number;
  requests?: number;
  warmupS: number;
  only?: string[];
  keep: boolean;
}

interface OperationResult extends Partial<LoadResult> {
  name: string;
  description: string;
  variables: Record<string, unknown>;
  sqlStatements: number;
  sql: string[];
  requestedQueryCost?: number;
  singleRequestMs: number;
  responseBytes: number;
  /** RSS when the load started, and its peak during the load (RSS rarely shrinks: compare the two). */
  rssAtStartMb: number;
  peakRssMb: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '10' },
      duration: { type: 'string', default: '10' },
      requests: { type: 'string' },
      warmup: { type: 'string', default: '2' },
      only: { type: 'string' },
      'drop-after': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const positive = (name: string, text: string) => {
    const n = Number(text);
    if (!(n > 0) || !Number.isFinite(n)) throw new Error(`bench: --${name} must be a positive number (got ${text})`);
    return n;
  };
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((name) => !OPERATIONS.some((o) => o.name === name));
  if (unknown?.length) throw new Error(`bench: unknown operation(s) ${unknown.join(', ')}; known: ${OPERATIONS.map((o) => o.name).join(', ')}`);
  return {
    scale: positive('scale', values.scale),
    seed: values.seed,
    concurrency: Math.round(positive('concurrency', values.concurrency)),
    durationS: positive('duration', values.duration),
    requests: values.requests === undefined ? undefined : Math.round(positive('requests', values.requests)),
    warmupS: Number(values.warmup) >= 0 ? Number(values.warmup) : 2,
    only,
    keep: !values['drop-after'],
  };
}

/** Peak resident set size, overall and since the last `reset()`. */
class RssSampler {
  peak = 0;
  private window = 0;
  private readonly timer: NodeJS.Timeout;
  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }
  private sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
    if (rss > this.window) this.window = rss;
  }
  reset(): void {
    this.window = process.memoryUsage().rss;
  }
  windowPeak(): number {
    this.sample();
    return this.window;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || name === 'postgres') throw new Error(`bench: refusing to drop database "${name}"; give BENCH_DATABASE_URL a scratch database`);
  await withAdmin(url, async (client) => {
    await client.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`);
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
  });
}

async function tableSizes(client: pg.ClientBase): Promise<Record<string, { rows: number; synthetic?: number }>> {
  const tables = await client.query<{ table: string; synthetic: boolean }>(
    `select c.relname as "table",
            exists (select 1 from information_schema.columns i where i.table_schema = current_schema() and i.table_name = c.relname and i.column_name = 'synthetic') as synthetic
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r' and c.relname <> 'mikro_orm_migrations'
      order by c.relname`,
  );
  const sizes: Record<string, { rows: number; synthetic?: number }> = {};
  for (const { table, synthetic } of tables.rows) {
    const q = synthetic
      ? `select count(*)::int as rows, count(*) filter (where synthetic)::int as synthetic from "${table}"`
      : `select count(*)::int as rows from "${table}"`;
    const { rows } = await client.query<{ rows: number; synthetic?: number }>(q);
    sizes[table] = rows[0];
  }
  return sizes;
}

function gitDescription(): { commit?: string; dirty?: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
    return { commit, dirty };
  } catch {
    return {};
  }
}

function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: job });
    worker.once('message', (message: { ok: boolean; result?: LoadResult; error?: string }) => {
      if (message.ok) resolve(message.result!);
      else reject(new Error(`load worker: ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** The generator in a child process (see generate-worker.ts). */
function generateInChild(url: string, options: Omit<SyntheticOptions, 'log'>): Promise<SyntheticResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./generate-worker.js', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (message: { ok: boolean; result?: SyntheticResult; error?: string }) => {
      settled = true;
      if (message.ok) resolve(message.result!);
      else reject(new Error(`synthetic generator: ${message.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`synthetic generator exited with code ${code}`));
    });
    child.send({ url, options });
  });
}

class OperationFailed extends Error {}

async function measure(
  operation: Operation,
  fixtures: Fixtures,
  app: App,
  sql: { recording: boolean; statements: string[] },
  rss: RssSampler,
  options: Options,
): Promise<OperationResult> {
  const variables = variablesOf(operation, fixtures);
  const body = JSON.stringify({ query: operation.query, variables });
  const endpoint = `${app.url}/graphql`;

  // One request alone: its SQL statements, and a full check of the answer.
  sql.statements.length = 0;
  sql.recording = true;
  const t0 = performance.now();
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const text = await response.text();
  const singleRequestMs = performance.now() - t0;
  sql.recording = false;
  const statements = [...sql.statements];
  let parsed: { data?: unknown; errors?: unknown[]; extensions?: { cost?: { requestedQueryCost?: number } } };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new OperationFailed(`${operation.name}: HTTP ${response.status}, not JSON: ${text.slice(0, 500)}`);
  }
  if (response.status !== 200 || parsed.errors?.length || !parsed.data) {
    throw new OperationFailed(`${operation.name}: HTTP ${response.status}\n${JSON.stringify(parsed.errors ?? parsed, null, 2)}\nvariables: ${JSON.stringify(variables)}`);
  }

  rss.reset();
  const rssAtStart = process.memoryUsage().rss;
  const load = await runLoad({
    url: endpoint,
    body,
    concurrency: options.concurrency,
    durationMs: options.durationS * 1000,
    requests: options.requests,
    warmupMs: options.warmupS * 1000,
  });
  return {
    name: operation.name,
    description: operation.description,
    variables,
    sqlStatements: statements.length,
    sql: statements.map((s) => (s.length > 400 ? `${s.slice(0, 400)}…` : s)),
    requestedQueryCost: parsed.extensions?.cost?.requestedQueryCost,
    singleRequestMs: Math.round(singleRequestMs * 10) / 10,
    responseBytes: Buffer.byteLength(text),
    ...load,
    rssAtStartMb: mb(rssAtStart),
    peakRssMb: mb(rss.windowPeak()),
  };
}

function printTable(results: OperationResult[], options: Options): void {
  const header = ['operation', 'SQL', 'cost', 'bytes', 'req', 'err', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'RSS MB start→peak'];
  const rows = results.map((r) => [
    r.name,
    String(r.sqlStatements),
    String(r.requestedQueryCost ?? ''),
    String(r.responseBytes),
    String(r.requests ?? ''),
    String(r.errors ?? ''),
    r.requestsPerSecond?.toFixed(1) ?? '',
    r.latencyMs?.p50.toFixed(1) ?? '',
    r.latencyMs?.p95.toFixed(1) ?? '',
    r.latencyMs?.p99.toFixed(1) ?? '',
    r.latencyMs?.max.toFixed(1) ?? '',
    `${Math.round(r.rssAtStartMb)}→${Math.round(r.peakRssMb)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\nconcurrency ${options.concurrency}, ${options.requests ? `${options.requests} requests` : `${options.durationS} s`} per operation (after ${options.warmupS} s warm-up)`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const options = parseOptions();
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
  const rss = new RssSampler();
  const startedAt = new Date();
  const machine = {
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    cpuCount: os.cpus().length,
    totalMemoryMb: mb(os.totalmem()),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
  console.log(`machine: ${machine.cpuModel} × ${machine.cpuCount}, ${machine.totalMemoryMb} MB, Node ${machine.node}`);

  console.log(`database: ${url} (dropped and recreated)`);
  await recreateDatabase(url);

  // Statements are recorded only while one request is measured alone (not during load).
  const sql = { recording: false, statements: [] as string[] };
  const config = loadConfig({
    DATABASE_URL: url,
    PORT: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    SEED_ON_START: 'true',
    // One address sends the whole load: an hourly point budget per caller would soon refuse it.
    POINT_BUDGET: process.env.POINT_BUDGET ?? String(Number.MAX_SAFE_INTEGER),
    // Production requires a signing key; the benchmark only reads public data.
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('hex'),
  });
  const t = performance.now();
  const app = await startApp(config, { orm: { onQuery: (statement) => void (sql.recording && sql.statements.push(statement)) } });
  const startMs = performance.now() - t;
  console.log(`server: ${app.url} (migrated and seeded in ${(startMs / 1000).toFixed(1)} s)`);

  const client = new pg.Client({ connectionString: url });
  const results: OperationResult[] = [];
  let failure: unknown;
  try {
    console.log(`synthetic network: scale ${options.scale}, seed ${options.seed} ...`);
    const rssBeforeGenerate = process.memoryUsage().rss;
    const synthetic = await generateInChild(url, { scale: options.scale, seed: options.seed });
    const rssIdle = process.memoryUsage().rss;
    console.log(`  generated ${Object.values(synthetic.counts).reduce((s, n) => s + n, 0).toLocaleString('en-US')} rows in ${(synthetic.elapsedMs / 1000).toFixed(1)} s`);
    console.log(`  RSS: ${mb(rssBeforeGenerate)} MB after server start, ${mb(rssIdle)} MB idle after generation`);
    await client.connect();
    // Flush the generator's writes now rather than in a checkpoint during the first operation's load.
    await client.query('checkpoint').catch(() => undefined);
    const sizes = await tableSizes(client);
    const fixtures = await pickFixtures(client);
    const postgres = (await client.query<{ version: string }>('select version()')).rows[0].version;
    console.log(`  largest association: ${fixtures.largeAssociationName}; busiest person: ${fixtures.busyPersonName}`);

    const selected = OPERATIONS.filter((o) => !options.only || options.only.includes(o.name));
    for (const operation of selected) {
      process.stdout.write(`  ${operation.name} ... `);
      const result = await measure(operation, fixtures, app, sql, rss, options);
      results.push(result);
      console.log(
        `${result.sqlStatements} SQL, p50 ${result.latencyMs?.p50.toFixed(1)} ms, ${result.requestsPerSecond?.toFixed(1)} req/s` +
          (result.errors ? `, ${result.errors} ERRORS: ${result.firstError}` : ''),
      );
    }

    printTable(results, options);
    console.log(`peak RSS of the process: ${mb(rss.peak)} MB (${mb(rssIdle)} MB idle before the first operation)`);

    const report = {
      startedAt: startedAt.toISOString(),
      machine: { ...machine, postgres },
      git: gitDescription(),
      options: { ...options, databaseUrl: url },
      serverStartMs: Math.round(startMs),
      synthetic: { seed: synthetic.seed, scale: synthetic.scale, elapsedMs: synthetic.elapsedMs, counts: synthetic.counts },
      tables: sizes,
      fixtures,
      operations: results,
      rssMb: { afterServerStart: mb(rssBeforeGenerate), idleBeforeOperations: mb(rssIdle) },
      peakRssMb: mb(rss.peak),
    };
    const dir = path.resolve('bench-results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `bench-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`results: ${path.relative(process.cwd(), file)}`);
  } catch (error) {
    failure = error;
  } finally {
    rss.stop();
    await client.end().catch(() => undefined);
    await app.stop();
    if (!options.keep) {
      const name = decodeURIComponent(new URL(url).pathname.slice(1));
      await withAdmin(url, (c) => c.query(`drop database if exists "${name.replace(/"/g, '""')}" with (force)`));
    }
  }
  if (failure) {
    if (failure instanceof OperationFailed) {
      console.error(`\nFAILED (errors in the response, no load run):\n${failure.message}`);
      process.exit(1);
    }
    throw failure;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * Closed-loop HTTP load in a worker thread (its own event loop, so the client's work does not queue
 * behind the server's on the main thread): `concurrency` requests in flight over keep-alive sockets,
 * each sent as soon as the previous one on its lane is answered.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadJob {
  url: string;
  body: string;
  concurrency: number;
  /** Stop after this long (ms)... */
  durationMs?: number;
  /** ...or after this many requests (takes precedence). */
  requests?: number;
  /** Unmeasured requests first, for this long (ms): JIT, connection pools, PostgreSQL caches. */
  warmupMs: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  durationMs: number;
  requestsPerSecond: number;
  latencyMs: { min: number; mean: number; p50: number; p95: number; p99: number; max: number };
}

function post(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function run(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  let errors = 0;
  let firstError: string | undefined;

  const phase = async (untilMs: number | undefined, maxRequests: number | undefined, record: number[] | undefined) => {
    let sent = 0;
    const lane = async () => {
      while ((untilMs === undefined || performance.now() < untilMs) && (maxRequests === undefined || sent < maxRequests)) {
        sent++;
        const t0 = performance.now();
        try {
          const { status, text } = await post(agent, url, job.body);
          const elapsed = performance.now() - t0;
          // A cheap check on every response; the main thread parsed the first one in full.
          if (status !== 200 || text.includes('"errors"')) {
            errors++;
            firstError ??= `HTTP ${status}: ${text.slice(0, 500)}`;
          }
          record?.push(elapsed);
        } catch (error) {
          errors++;
          firstError ??= String(error);
          record?.push(performance.now() - t0);
        }
      }
    };
    await Promise.all(Array.from({ length: job.concurrency }, lane));
  };

  if (job.warmupMs > 0) await phase(performance.now() + job.warmupMs, undefined, undefined);
  errors = 0;
  firstError = undefined;

  const latencies: number[] = [];
  const started = performance.now();
  await phase(job.requests === undefined ? started + (job.durationMs ?? 10_000) : undefined, job.requests, latencies);
  const durationMs = performance.now() - started;
  agent.destroy();

  const sorted = Float64Array.from(latencies).sort();
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(sorted.length, 1);
  return {
    requests: sorted.length,
    errors,
    firstError,
    durationMs,
    requestsPerSecond: sorted.length / (durationMs / 1000),
    latencyMs: {
      min: sorted[0] ?? NaN,
      mean,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
    },
  };
}

if (parentPort) {
  run(workerData as LoadJob).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error) => parentPort!.postMessage({ ok: false, error: String(error?.stack ?? error) }),
  );
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { currentRequestStats } from './request-stats.js';
import { nothingResolved } from '../graphql/outcome.js';

/** What the pool reports: pg's totalCount, idleCount and waitingCount. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Operation names come from clients: a bounded set of them are labels, the rest count as `other`. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  registry: Registry;
  /** Express middleware counting every HTTP answer by route and status, those refused before GraphQL too. */
  countResponses: RequestHandler;
  /** The Apollo plugin that fills each request's stats and observes it. */
  plugin: ApolloServerPlugin;
}

/**
 * Prometheus metrics of one app (its own registry: several apps can share a process in tests):
 * GraphQL requests by operation and outcome with their latency, SQL statements and cost per operation,
 * errors by code, the database pool, and Node's own (event-loop lag, memory, GC).
 */
export function createMetrics(pool: () => Promise<PoolCounts | undefined>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const duration = new Histogram({
    name: 'amity_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name and outcome (ok, partial: data and errors, error: no data), and how long they took',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const statements = new Histogram({
    name: 'amity_graphql_sql_statements',
    help: 'SQL statements one GraphQL request ran, by operation name',
    labelNames: ['operation'],
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55],
    registers,
  });
  const errors = new Counter({ name: 'amity_graphql_errors_total', help: 'GraphQL errors answered, by extensions.code', labelNames: ['code'], registers });
  const cost = new Counter({ name: 'amity_graphql_cost_points_total', help: 'Cost points charged, by operation name', labelNames: ['operation'], registers });
  new Gauge({
    name: 'amity_db_pool_connections',
    help: 'Database connections: in use, idle, and requests waiting for one',
    labelNames: ['state'],
    registers,
    async collect() {
      const counts = await pool().catch(() => undefined);
      if (!counts) return;
      this.set({ state: 'in_use' }, counts.totalCount - counts.idleCount);
      this.set({ state: 'idle' }, counts.idleCount);
      this.set({ state: 'waiting' }, counts.waitingCount);
    },
  });

  const responses = new Counter({
    name: 'amity_http_responses_total',
    help: 'HTTP answers by route (graphql, export, import, health, metrics, other) and status, refusals before GraphQL (401, 413, 400) included',
    labelNames: ['route', 'status'],
    registers,
  });
  const routeOf = (url: string) => /^\/(graphql|export|import|health|metrics)\b/.exec(url)?.[1] ?? 'other';
  const countResponses: RequestHandler = (req, res, next) => {
    res.once('finish', () => responses.inc({ route: routeOf(req.originalUrl ?? req.url), status: String(res.statusCode) }));
    next();
  };

  const labels = new Set<string>(['anonymous', 'unresolved']);
  const operationLabel = (name: string) => {
    if (labels.has(name)) return name;
    if (!OPERATION_NAME.test(name)) return 'other';
    if (labels.has(name)) return name;
    if (labels.size >= MAX_OPERATION_LABELS) return 'other';
    labels.add(name);
    return name;
  };

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operation: resolved }) {
          const stats = currentRequestStats();
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = (result?.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const charged = (result?.extensions?.cost as { requestedQueryCost?: number; budget?: unknown } | undefined);
          // The name of the operation the document really defines: a client's `operationName` that names
          // none, or a request refused before parsing, takes no label of its own.
          const name = resolved ? (resolved.name?.value ?? 'anonymous') : 'unresolved';
          const operation = operationLabel(name);
          if (stats) {
            stats.operation = name;
            stats.errorCodes = codes;
            // Charged only when it ran: a refused operation reports its price but took nothing.
            if (charged?.requestedQueryCost !== undefined && !codes.includes('QUERY_TOO_COMPLEX') && !codes.includes('RATE_LIMITED')) stats.cost = charged.requestedQueryCost;
          }
          const outcome = !codes.length ? 'ok' : nothingResolved(result?.data) ? 'error' : 'partial';
          duration.observe({ operation, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
          statements.observe({ operation }, stats?.statements ?? 0);
          for (const code of codes) errors.inc({ code });
          if (stats?.cost) cost.inc({ operation }, stats.cost);
        },
      };
    },
  };
  return { registry, plugin, countResponses };
}

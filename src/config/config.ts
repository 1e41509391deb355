import path from 'node:path';
import { z } from 'zod';

const safeSslMode = (url: string) => {
  try {
    return new URL(url).searchParams.get('sslmode');
  } catch {
    return 'invalid';
  }
};

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.string().trim().regex(/^\d{1,5}$/, 'must be a port number (digits)').default('4000').transform(Number).pipe(z.number().int().min(0).max(65535)),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .refine((url) => ['disable', 'require', 'verify-ca', 'verify-full', null].includes(safeSslMode(url)), 'sslmode must be disable, require, verify-ca or verify-full')
    .optional(),
  /** Where the embedded PGlite keeps its files when DATABASE_URL is not set. */
  AMITY_DATA_DIR: z.string().min(1).default(path.join(process.cwd(), '.data', 'pglite')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Cost points one operation may spend: a page of 100 with a nested page of 20 each fits, three nested full pages do not. */
  MAX_QUERY_COST: z.coerce.number().int().positive().default(25_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_ALIASES: z.coerce.number().int().positive().default(30),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** Hard cap on `first`/`last` of every connection. */
  MAX_PAGE_SIZE: z.coerce.number().int().positive().max(10_000).default(100),
  /** Writes one token may make per minute. */
  WRITE_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  /** Cost points one caller (token subject, or client address for the public) may spend per hour. */
  POINT_BUDGET: z.coerce.number().int().positive().default(1_000_000),
  /** Longest a single SQL statement may run before PostgreSQL cancels it. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** Longest a request waits for a free database connection (or for a new one to open) before SERVICE_UNAVAILABLE. */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
  /** Connections each instance keeps to the database server at most. */
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().max(1000).default(10),
  /** An idle pooled connection is closed after this long. */
  DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** application_name of each connection, as pg_stat_activity shows it. */
  DATABASE_APPLICATION_NAME: z.string().min(1).max(63).default('amity'),
  /** Longest one GraphQL operation may execute before it is answered with TIMEOUT. */
  OPERATION_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Largest GraphQL response body; a larger result is refused with RESPONSE_TOO_LARGE. */
  MAX_RESPONSE_BYTES: z.coerce.number().int().positive().default(5_000_000),
  /** How long SIGTERM waits for requests in flight before cancelling them. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** Longest lifetime a bearer token may have (its exp minus its iat), in seconds. */
  MAX_TOKEN_LIFETIME_SECONDS: z.coerce.number().int().positive().default(90 * 24 * 3600),
  /** How long a person stays signed in to the web app after signing in (the session cookie's lifetime), in seconds. */
  SESSION_LIFETIME_SECONDS: z.coerce.number().int().positive().default(12 * 3600),
  /** Failed sign-ins one username may have in SIGN_IN_WINDOW_SECONDS before sign-in is refused for it until the window ends. */
  SIGN_IN_FAILURES: z.coerce.number().int().positive().default(5),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().positive().default(15 * 60),
  /** Key that signs bearer tokens (HS256); required in production, a fixed development key otherwise. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address (each
   * anonymous caller's budget). Unset: the socket's peer. E.g. `loopback`, `10.0.0.0/8`, or a hop count.
   */
  TRUST_PROXY: z.string().min(1).optional(),
  /** Redis shared by every instance for the write rate limit and the point budget; unset: each instance's memory. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  /** Prefix of Amity's keys in Redis (instances of one deployment share it). */
  REDIS_KEY_PREFIX: z.string().min(1).default('amity'),
  /** Seed the real directory data on first start (empty database). */
  SEED_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  limits: { maxCost: number; maxDepth: number; maxAliases: number; maxBodyBytes: number; maxPageSize: number };
  seedOnStart: boolean;
  authSecret: string;
  writeRateLimit: number;
  /** Points per caller per hour. */
  pointBudget: number;
  timeouts: { statementMs: number; connectMs: number; operationMs: number; shutdownGraceMs: number };
  /** The database server's pool (TLS: `sslmode` in DATABASE_URL). */
  pool: { size: number; idleTimeoutMs: number; applicationName: string };
  maxResponseBytes: number;
  maxTokenLifetimeSeconds: number;
  /** Sign-in for people: how long a session lasts, and how many failed attempts a username may have per window. */
  sessions: { lifetimeSeconds: number; failures: number; windowSeconds: number };
  redis?: { url: string; keyPrefix: string };
  trustProxy?: string | number;
};

export class ConfigError extends Error {
  /** The first variable at fault. */
  constructor(message: string, readonly setting?: string) {
    super(message);
  }
}

/** Development and test only: production refuses to start without AUTH_SECRET. */
const DEVELOPMENT_SECRET = 'amity-development-secret-not-for-production-use';

/** Reads and validates the environment once; a bad value names the variable and stops start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`, String(parsed.error.issues[0].path[0]));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.AUTH_SECRET) throw new ConfigError('Invalid configuration: AUTH_SECRET: required in production (32+ characters)', 'AUTH_SECRET');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.AMITY_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    limits: {
      maxCost: e.MAX_QUERY_COST,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxPageSize: e.MAX_PAGE_SIZE,
    },
    seedOnStart: e.SEED_ON_START,
    authSecret: e.AUTH_SECRET ?? DEVELOPMENT_SECRET,
    writeRateLimit: e.WRITE_RATE_LIMIT,
    pointBudget: e.POINT_BUDGET,
    timeouts: { statementMs: e.STATEMENT_TIMEOUT_MS, connectMs: e.DATABASE_CONNECT_TIMEOUT_MS, operationMs: e.OPERATION_TIMEOUT_MS, shutdownGraceMs: e.SHUTDOWN_GRACE_MS },
    pool: { size: e.DATABASE_POOL_SIZE, idleTimeoutMs: e.DATABASE_IDLE_TIMEOUT_MS, applicationName: e.DATABASE_APPLICATION_NAME },
    maxResponseBytes: e.MAX_RESPONSE_BYTES,
    maxTokenLifetimeSeconds: e.MAX_TOKEN_LIFETIME_SECONDS,
    sessions: { lifetimeSeconds: e.SESSION_LIFETIME_SECONDS, failures: e.SIGN_IN_FAILURES, windowSeconds: e.SIGN_IN_WINDOW_SECONDS },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : undefined,
    trustProxy: e.TRUST_PROXY === undefined ? undefined : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
  };
}

/** An exported-but-empty variable (`PORT=`) means "unset", not "invalid". */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}

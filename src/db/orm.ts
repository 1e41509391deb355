import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import { countStatement } from '../observability/request-stats.js';
import { migrationsList } from './migrations/index.js';
import { ROUTINES } from './routines.js';

export interface OrmOptions {
  /** PGlite serves a single connection. */
  singleConnection?: boolean;
  /** Called with every SQL statement (tests count them; the benchmark reports them). */
  onQuery?: (sql: string) => void;
  /**
   * PostgreSQL cancels any statement running longer (SQLSTATE 57014). Sent as a startup parameter of
   * every pool connection, so it holds for each session whatever it later sets or resets. PGlite (the
   * embedded engine) ignores startup parameters and, having no timers, does not enforce the setting.
   */
  statementTimeoutMs?: number;
  /** How long acquiring a pooled connection (or opening one) may wait; then pg fails with "timeout exceeded when trying to connect". */
  connectTimeoutMs?: number;
  /** The pool on a database server: at most `size` connections, idle ones closed after `idleTimeoutMs`. */
  pool?: { size: number; idleTimeoutMs: number; applicationName: string };
  overrides?: Partial<Options>;
}

/**
 * Counts each SQL statement for the request running it (its log line and metrics) and hands it to a
 * listener (tests, the benchmark); the ORM's own console output is muted (the app logs via pino).
 */
class QueryListeningLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly onQuery?: (sql: string) => void) {
    super(options);
  }

  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return namespace === 'query' && context?.enabled !== false;
  }

  override logQuery(context: { query: string } & LogContext): void {
    countStatement();
    this.onQuery?.(context.query);
  }

  override log(): void {}
}

/**
 * TLS as libpq's `sslmode` in the URL asks (MikroORM reads host, port, user and database from the URL, not
 * its query): `require` encrypts, `verify-ca` and `verify-full` also check the server's certificate.
 */
export function sslFromUrl(clientUrl: string): false | { rejectUnauthorized: boolean } {
  const mode = new URL(clientUrl).searchParams.get('sslmode') ?? 'disable';
  if (mode === 'disable') return false;
  return { rejectUnauthorized: mode === 'verify-ca' || mode === 'verify-full' };
}

export function ormConfig(clientUrl: string, entities: EntityClass<object>[], options: OrmOptions = {}): Options {
  const { onQuery } = options;
  const ssl = sslFromUrl(clientUrl);
  return defineConfig({
    clientUrl,
    // A database named in DATABASE_URL that does not exist is a mistake to report, not one to create.
    ensureDatabase: false,
    entities,
    routines: ROUTINES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, path: 'src/db/migrations' },
    pool: options.singleConnection ? { min: 1, max: 1 } : { min: 0, max: options.pool?.size ?? 10, idleTimeoutMillis: options.pool?.idleTimeoutMs },
    driverOptions: {
      ...(ssl ? { ssl } : {}),
      ...(options.pool ? { application_name: options.pool.applicationName } : {}),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
    },
    // Only the request's forked EntityManager may hold entities.
    allowGlobalContext: false,
    debug: ['query'],
    loggerFactory: (o: LoggerOptions) => new QueryListeningLogger(o, onQuery),
    ...options.overrides,
  });
}

/** The ORM over the entities the modules contribute (src/modules.ts: ENTITIES). */
export function openOrm(clientUrl: string, entities: EntityClass<object>[], options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, entities, options));
}

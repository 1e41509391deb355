import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { sslFromUrl } from '../db/orm.js';
import { AppError, ErrorCode } from '../errors/errors.js';
import type { Logger } from '../log/logger.js';
import type { Change } from './change.js';
import { Subscribers, type ChangeBus } from './change-bus.js';

/** One channel per database: the instances of one deployment share a database, and so hear each other. */
export const CHANGES_CHANNEL = 'amity_changes';

const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 10_000;

export interface PostgresBusOptions {
  /** `application_name` of the listening connection (what `pg_stat_activity` shows). */
  applicationName: string;
  connectTimeoutMs: number;
  logger: Logger;
}

/** The URL without `sslmode`: pg would let the URL's own reading of it override the TLS options given (orm.ts reads it as libpq does). */
function withoutSslMode(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete('sslmode');
  return parsed.toString();
}

function parseChange(payload: string): Change | undefined {
  try {
    const change = JSON.parse(payload) as Change;
    return typeof change?.type === 'string' && typeof change.id === 'string' ? change : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL LISTEN/NOTIFY: a write NOTIFYs its changes inside its own transaction, so PostgreSQL delivers
 * them to every listening instance when it commits (in commit order) and never when it rolls back. Each
 * instance keeps one connection of its own, outside the pool, LISTENing; the instance's subscribers hear
 * the notifications there, its own writes' too.
 *
 * While that connection is down the changes made meanwhile cannot be heard: every subscription then ends
 * with SERVICE_UNAVAILABLE (a screen that silently missed a change would show a stale roster) and new ones
 * are refused until the connection is back.
 */
export async function postgresChangeBus(url: string, options: PostgresBusOptions): Promise<ChangeBus> {
  const { logger } = options;
  const subscribers = new Subscribers();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = RECONNECT_MIN_MS;
  let reported = false;

  const lost = (connection: pg.Client, error?: Error) => {
    if (connection !== client) return;
    client = undefined;
    connection.end().catch(() => undefined);
    subscribers.failAll(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Live updates were interrupted (the database connection was lost): subscribe again and refetch'));
    if (closed) return;
    logger.warn({ err: error }, 'the connection listening for changes was lost: reconnecting');
    reported = true;
    schedule();
  };

  const schedule = () => {
    retry = setTimeout(() => void listen(), delay);
    retry.unref();
    delay = Math.min(delay * 2, RECONNECT_MAX_MS);
  };

  async function listen(): Promise<void> {
    const connection = new pg.Client({
      connectionString: withoutSslMode(url),
      ssl: sslFromUrl(url) || undefined,
      application_name: options.applicationName,
      connectionTimeoutMillis: options.connectTimeoutMs,
      keepAlive: true,
    });
    // Errors after the connection is up arrive as events; one with no listener would end the process.
    connection.on('error', (error) => lost(connection, error));
    connection.on('end', () => lost(connection));
    connection.on('notification', ({ channel, payload }) => {
      const change = channel === CHANGES_CHANNEL && payload ? parseChange(payload) : undefined;
      if (change) subscribers.deliver(change);
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      connection.removeAllListeners('end');
      connection.end().catch(() => undefined);
      if (closed) return;
      if (!reported) logger.warn({ err: error }, 'cannot listen for changes: live updates are unavailable until the database answers');
      reported = true;
      return schedule();
    }
    if (closed) return void (await connection.end().catch(() => undefined));
    client = connection;
    delay = RECONNECT_MIN_MS;
    if (reported) logger.info('listening for changes again: live updates resume');
    reported = false;
  }

  await listen();

  return {
    async inTransaction(tx: EntityManager, changes: readonly Change[]) {
      if (!changes.length) return;
      // One statement for the lot; each change is a notification of its own (at most 8,000 bytes: keys only).
      await tx.execute('select pg_notify(?, value) from json_array_elements_text(?::json) as value', [CHANGES_CHANNEL, JSON.stringify(changes.map((c) => JSON.stringify(c)))]);
    },
    afterCommit: () => undefined,
    subscribe(accept) {
      const stream = subscribers.add(accept);
      if (!client) stream.fail(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Live updates are unavailable: the database does not answer; try again'));
      return stream;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      subscribers.failAll(new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The server is shutting down; subscribe again'));
      const connection = client;
      client = undefined;
      await connection?.end().catch(() => undefined);
    },
  };
}

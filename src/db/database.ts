import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { currentEmbeddedImage } from './embedded-image.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { openOrm, type OrmOptions } from './orm.js';

/** Whether the database answers, and why not when it does not (for the log, never for the client). */
export type Readiness = { ready: true } | { ready: false; reason: string };

/** A readiness probe must answer within the probe's own timeout even when connecting hangs. */
const READY_TIMEOUT_MS = 2_000;

export interface Database {
  orm: MikroORM;
  /** True when running on the embedded PGlite engine. */
  embedded: boolean;
  /** A real round trip (`select 1`), bounded by READY_TIMEOUT_MS. */
  isReady(): Promise<Readiness>;
  close(): Promise<void>;
}

/** DATABASE_URL when given, otherwise the embedded engine in the data directory. */
export async function openDatabase(config: Config, logger: Logger, entities: EntityClass<object>[], options: OrmOptions = {}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, 'DATABASE_URL not set: starting embedded PostgreSQL (PGlite)');
    const image = await currentEmbeddedImage(config.seedOnStart ? 'seeded' : 'empty');
    embedded = await startEmbeddedPostgres(config.dataDir, { image });
    if (embedded.fromImage) logger.info({ image }, 'new embedded database unpacked from its image');
    url = embedded.url;
  }
  try {
    // The embedded engine's one connection is shared in turn by every request: waiting for it is queueing, not an outage.
    const connectTimeoutMs = embedded ? undefined : config.timeouts.connectMs;
    const pool = embedded ? undefined : config.pool;
    const orm = await openOrm(url, entities, { statementTimeoutMs: config.timeouts.statementMs, connectTimeoutMs, pool, ...options, singleConnection: Boolean(embedded) });
    return {
      orm,
      embedded: Boolean(embedded),
      async isReady() {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer to select 1 within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
        });
        try {
          await Promise.race([orm.driver.getConnection().execute('select 1'), timeout]);
          return { ready: true };
        } catch (error) {
          return { ready: false, reason: error instanceof Error ? error.message : String(error) };
        } finally {
          clearTimeout(timer);
        }
      },
      async close() {
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

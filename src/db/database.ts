import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.js';
import { openOrm, type OrmOptions } from './orm.js';

export interface Database {
  orm: MikroORM;
  /** True when running on the embedded PGlite engine. */
  embedded: boolean;
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

/** DATABASE_URL when given, otherwise the embedded engine in the data directory. */
export async function openDatabase(config: Config, logger: Logger, options: OrmOptions = {}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dataDir: config.dataDir }, 'DATABASE_URL not set: starting embedded PostgreSQL (PGlite)');
    embedded = await startEmbeddedPostgres(config.dataDir);
    url = embedded.url;
  }
  try {
    const orm = await openOrm(url, { ...options, singleConnection: Boolean(embedded) });
    return {
      orm,
      embedded: Boolean(embedded),
      async isReady() {
        return orm.isConnected();
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

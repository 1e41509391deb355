import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../log/logger.js';

/** Any fixed key: instances preparing one database take turns on it (pg_advisory_xact_lock). */
const PREPARE_LOCK_KEY = 7_215_004_001;

/** Loads data into a new database (the app passes the real seed's loader, which does nothing on a filled one). */
export type Seeder = (tx: EntityManager, logger: Logger) => Promise<void>;

interface PrepareOptions {
  seed?: Seeder;
  /** The embedded engine has one connection and one process: nobody to take turns with. */
  embedded: boolean;
}

/**
 * Applies pending migrations and runs the seeder (the real seed data, on an empty directory) in one transaction
 * without a statement timeout (a migration may rightly take longer than any request). On a server,
 * instances starting together take turns under an advisory lock: the first migrates and seeds, the others
 * then find nothing to do.
 */
export async function prepareDatabase(orm: MikroORM, logger: Logger, { seed, embedded }: PrepareOptions): Promise<void> {
  if (embedded) await orm.migrator.getExecuted(); // creates the migrations table, on the one connection, before the transaction takes it
  await orm.em.fork().transactional(async (tx) => {
    await tx.execute('set local statement_timeout = 0');
    if (!embedded) await tx.execute('select pg_advisory_xact_lock(?)', [PREPARE_LOCK_KEY]);
    // The migrator creates its table on another pooled connection, committed before this one could block it.
    const applied = await orm.migrator.up({ transaction: tx.getTransactionContext() });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await seed?.(tx, logger);
  });
}

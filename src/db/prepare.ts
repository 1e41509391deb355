import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../log/logger.js';
import { seedRealData } from '../../seeds/load-real.js';
import { Organization } from '../modules/organization/organization.entity.js';

/** Any fixed key: instances preparing one database take turns on it (pg_advisory_xact_lock). */
const PREPARE_LOCK_KEY = 7_215_004_001;

interface PrepareOptions {
  seed: boolean;
  /** The embedded engine has one connection and one process: nobody to take turns with. */
  embedded: boolean;
}

/**
 * Applies pending migrations and, on an empty directory, loads the real seed data, in one transaction
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
    if (seed) await seedWhenEmpty(tx, logger);
  });
}

async function seedWhenEmpty(tx: EntityManager, logger: Logger): Promise<void> {
  if ((await tx.count(Organization, {})) > 0) return;
  const counts = await seedRealData(tx);
  logger.info({ counts }, 'empty directory: real seed data loaded');
}

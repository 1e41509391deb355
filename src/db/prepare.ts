import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../log/logger.js';
import { seedRealData } from '../../seeds/load-real.js';
import { Organization } from '../modules/organization/organization.entity.js';

/** Applies pending migrations; on an empty directory, loads the real seed data. */
export async function prepareDatabase(orm: MikroORM, logger: Logger, { seed }: { seed: boolean }): Promise<void> {
  const applied = await orm.migrator.up();
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  if (!seed) return;
  const em = orm.em.fork();
  if ((await em.count(Organization, {})) > 0) return;
  const counts = await seedRealData(em);
  logger.info({ counts }, 'empty directory: real seed data loaded');
}

import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { localChangeBus, type ChangeBus } from './change-bus.js';
import { postgresChangeBus } from './postgres-bus.js';

/**
 * A database server may be shared by several instances: their changes travel by LISTEN/NOTIFY. The
 * embedded engine belongs to one process, whose subscribers are all local.
 */
export function openChangeBus(config: Config, logger: Logger): Promise<ChangeBus> {
  if (!config.databaseUrl) return Promise.resolve(localChangeBus());
  return postgresChangeBus(config.databaseUrl, {
    applicationName: `${config.pool.applicationName}-changes`,
    connectTimeoutMs: config.timeouts.connectMs,
    logger,
  });
}

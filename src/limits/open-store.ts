import { Redis } from 'ioredis';
import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import { memoryStore, redisStore, type LimiterStore } from './limiter-store.js';

export interface OpenStore {
  store: LimiterStore;
  /**
   * Resolves once Redis answers, or after READY_WAIT_MS if it does not: an instance that served before its
   * connection was up would count its first callers in its own memory, not in the shared budget.
   */
  ready: Promise<void>;
  close(): Promise<void>;
}

const READY_WAIT_MS = 3000;

/** Redis when REDIS_URL is set (shared by every instance), else this process's memory. */
export function openLimiterStore(config: Config, logger: Logger): OpenStore {
  if (!config.redis) return { store: memoryStore, ready: Promise.resolve(), close: async () => undefined };
  // No offline queue: while Redis is away a count fails at once and the insurance limiter counts instead.
  const redis = new Redis(config.redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: 'amity' });
  let reported = false;
  redis.on('error', (error) => {
    if (!reported) logger.warn({ err: error }, 'Redis does not answer: limits count in this instance’s memory until it does');
    reported = true;
  });
  redis.on('ready', () => {
    if (reported) logger.info('Redis answers again: limits are shared');
    reported = false;
  });
  const ready = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, READY_WAIT_MS);
    timer.unref();
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    store: redisStore(redis, config.redis.keyPrefix),
    ready,
    close: async () => {
      // quit() waits for a connection that may never come: disconnect stops the reconnecting too.
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}

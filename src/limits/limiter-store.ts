import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LimiterOptions {
  /** Distinguishes the limiters sharing one store (`budget`, `writes`). */
  keyPrefix: string;
  points: number;
  /** Seconds after a caller's first use before its points are whole again. */
  duration: number;
}

/** Where the write rate limit and the point budget count: this process, or Redis shared by every instance. */
export type LimiterStore = (options: LimiterOptions) => RateLimiterAbstract;

export const memoryStore: LimiterStore = ({ points, duration }) => new RateLimiterMemory({ points, duration });

/**
 * Counts in Redis, so that every instance behind a load balancer spends one budget. While Redis does not
 * answer, each instance counts in its own memory (the insurance limiter) rather than refusing every request.
 */
export const redisStore =
  (redis: Redis, prefix: string): LimiterStore =>
  ({ keyPrefix, points, duration }) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:${keyPrefix}`,
      points,
      duration,
      insuranceLimiter: new RateLimiterMemory({ points, duration }),
    });

import { HeaderMap } from '@apollo/server';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../errors/errors.js';

/**
 * Writes per token subject: `points` per `duration` seconds. In memory (per instance); behind a load
 * balancer the store belongs in Redis (rate-limiter-flexible's RateLimiterRedis takes the same options).
 */
export function createWriteLimiter(points: number, duration = 60) {
  const limiter = new RateLimiterMemory({ points, duration });
  return async (subject: string): Promise<void> => {
    try {
      await limiter.consume(subject);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, `Too many writes: try again in ${retryAfter} s`, {
        retryAfter,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
      });
    }
  };
}

import { HeaderMap } from '@apollo/server';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../errors/errors.js';
import { memoryStore, type LimiterStore } from '../limits/limiter-store.js';

/** Writes per token subject: `points` per `duration` seconds, counted in `store` (Redis when REDIS_URL is set). */
export function createWriteLimiter(points: number, store: LimiterStore = memoryStore, duration = 60) {
  const limiter = store({ keyPrefix: 'writes', points, duration });
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

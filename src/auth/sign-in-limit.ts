import { HeaderMap } from '@apollo/server';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../errors/errors.js';
import { memoryStore, type LimiterStore } from '../limits/limiter-store.js';

export interface SignInLimits {
  /** Failed sign-ins one username may have from one address in a window; the next is refused until it ends. */
  failures: number;
  windowSeconds: number;
}

/** Failed sign-ins one address may have in a window, whatever the usernames tried. */
const ADDRESS_FACTOR = 20;
/** Failed sign-ins one username may have in a window, from all addresses together (a spread-out guesser). */
const USERNAME_FACTOR = 10;

/**
 * Failed sign-ins slow the guesser down (OWASP's Authentication Cheat Sheet, rate-limiter-flexible's
 * login-protection pattern): past `failures` for a username from one address, past ten times that for
 * a username from everywhere, or twenty times that from one address, every sign-in there is refused
 * with RATE_LIMITED and Retry-After until the window ends — a right password too, so guessing stops
 * paying. Counting per username *and* address first means a stranger's failures alone do not lock the
 * secretariat out. A success clears its username's count from that address. Counted in the limiter
 * store: Redis when REDIS_URL is set, so every instance sees the same failures.
 */
export class SignInAttempts {
  private readonly pair;
  private readonly user;
  private readonly address;

  constructor(limits: SignInLimits, store: LimiterStore = memoryStore) {
    this.pair = store({ keyPrefix: 'sign-in-pair', points: limits.failures, duration: limits.windowSeconds });
    this.user = store({ keyPrefix: 'sign-in-user', points: limits.failures * USERNAME_FACTOR, duration: limits.windowSeconds });
    this.address = store({ keyPrefix: 'sign-in-address', points: limits.failures * ADDRESS_FACTOR, duration: limits.windowSeconds });
  }

  private keys(username: string, address: string | undefined) {
    const from = address ?? 'unknown';
    return [
      [this.pair, `${username}|${from}`],
      [this.user, username],
      [this.address, from],
    ] as const;
  }

  /** Refuses with RATE_LIMITED while any of the counts is spent. */
  async check(username: string, address: string | undefined): Promise<void> {
    let wait = 0;
    for (const [limiter, key] of this.keys(username, address)) {
      const spent = await limiter.get(key);
      if (spent && spent.consumedPoints >= limiter.points) wait = Math.max(wait, spent.msBeforeNext);
    }
    if (wait > 0) throw tooMany(wait);
  }

  async failed(username: string, address: string | undefined): Promise<void> {
    for (const [limiter, key] of this.keys(username, address)) {
      try {
        await limiter.consume(key);
      } catch (error) {
        // Spent already: the next check refuses.
        if (!(error instanceof RateLimiterRes)) throw error;
      }
    }
  }

  async succeeded(username: string, address: string | undefined): Promise<void> {
    const [[limiter, key]] = this.keys(username, address);
    await limiter.delete(key);
  }
}

function tooMany(ms: number): AppError {
  const retryAfter = Math.max(1, Math.ceil(ms / 1000));
  return new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins: try again in ${retryAfter} s`, {
    retryAfter,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
  });
}

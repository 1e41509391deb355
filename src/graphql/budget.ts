import { isIPv6 } from 'node:net';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { memoryStore, type LimiterStore } from '../limits/limiter-store.js';
import type { Viewer } from '../auth/viewer.js';

/** What a caller has left, as reported in `extensions.cost.budget`. */
export interface BudgetState {
  limit: number;
  remaining: number;
  /** When the caller's hour ends and the budget is whole again (ISO 8601). */
  resetAt: string;
  /** Seconds until then, at least one. */
  retryAfter: number;
}

/**
 * Each caller's points per hour, as GitHub's GraphQL API counts them: an operation's requested cost is
 * taken before it runs, in a store of one instance's memory or of Redis, shared by every instance.
 */
export interface PointBudget {
  readonly limit: number;
  /** Takes `points` from the caller's budget, or refuses, taking nothing, when fewer remain. */
  charge(caller: string, points: number): Promise<{ granted: boolean; state: BudgetState }>;
}

export function rateLimiterBudget(limiter: RateLimiterAbstract, limit: number): PointBudget {
  const state = (res: RateLimiterRes): BudgetState => ({
    limit,
    remaining: Math.max(limit - res.consumedPoints, 0),
    resetAt: new Date(Date.now() + res.msBeforeNext).toISOString(),
    retryAfter: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  return {
    limit,
    async charge(caller, points) {
      try {
        return { granted: true, state: state(await limiter.consume(caller, points)) };
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        // A refused operation runs nothing, so it costs nothing: give back what consume() counted.
        return { granted: false, state: state(await limiter.reward(caller, points)) };
      }
    },
  };
}

/** `limit` points per caller per hour, counted in `store`. */
export const pointBudget = (limit: number, store: LimiterStore = memoryStore, durationSeconds = 3600): PointBudget =>
  rateLimiterBudget(store({ keyPrefix: 'budget', points: limit, duration: durationSeconds }), limit);

/**
 * Whose budget an operation spends: the token's subject, else the client's address (`req.ip`, the
 * socket's peer unless express's `trust proxy` is set). An IPv6 client counts by its /64, which one
 * host usually holds whole: otherwise each of its addresses would have a budget of its own.
 */
export function callerKey(viewer: Viewer, address: string | undefined): string {
  if (viewer.subject) return `subject:${viewer.subject}`;
  if (!address) return 'address:unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return `address:${mapped[1]}`;
  if (isIPv6(address)) return `address:${ipv6Prefix64(address)}`;
  return `address:${address}`;
}

function ipv6Prefix64(address: string): string {
  const [head, tail] = address.split('%')[0].split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])) : []);
  const start = groups(head);
  const end = groups(tail);
  const all = tail === undefined ? start : [...start, ...Array<string>(Math.max(8 - start.length - end.length, 0)).fill('0'), ...end];
  return `${all.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`;
}

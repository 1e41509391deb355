import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/** What one HTTP request did, for its log line and the metrics. */
export interface RequestStats {
  /** SQL statements it ran (every statement of the ORM, counted where it is logged). */
  statements: number;
  /** The GraphQL operation's name, when it was one. */
  operation?: string;
  errorCodes: string[];
  /** Cost points it was charged. */
  cost?: number;
}

const current = new AsyncLocalStorage<RequestStats>();

/** Each request gets its stats, reachable from any code it runs (`res.locals.stats` too). */
export const trackRequestStats: RequestHandler = (_req, res, next) => {
  const stats: RequestStats = { statements: 0, errorCodes: [] };
  res.locals.stats = stats;
  current.run(stats, next);
};

export const currentRequestStats = (): RequestStats | undefined => current.getStore();

export function countStatement(): void {
  const stats = current.getStore();
  if (stats) stats.statements++;
}

import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../relay/connection.js';

/**
 * Building blocks for the prices fields declare (`complexity` on `@Query`/`@FieldResolver`, read by
 * graphql-query-complexity's fieldExtensionsEstimator). A point is about one row of an answer; a field
 * that aggregates or walks the data adds a `work` term for the rows the database reads that the answer
 * does not show, calibrated on the synthetic network (scale 1: 300,000 participations; see README):
 * roughly one point per half millisecond of a single request's database time.
 */
export type Price = (args: ComplexityEstimatorArgs) => number;

/** The rows a list asks for: `first`/`last`, else `fallback`; never less than one. */
export function rowsAsked(args: Record<string, unknown>, fallback = DEFAULT_PAGE_SIZE): number {
  const size = args.first ?? args.last;
  return Math.max(typeof size === 'number' ? size : fallback, 1);
}

/** A numeric argument as a price factor: at least one (a resolver refuses what is out of its range). */
export const atLeastOne = (value: unknown) => (Number.isFinite(Number(value)) ? Math.max(Number(value), 1) : 1);

/** A list of `rows` items: one point for the field, the selection once per item. */
export const list = (rows: number, childComplexity: number) => 1 + Math.max(rows, 1) * childComplexity;

/** A connection or paged list, priced as the page it asks for (`first`/`last`, default page size). */
export const paged = ({ args, childComplexity }: ComplexityEstimatorArgs) => list(rowsAsked(args), childComplexity);

/** A connection whose page is `defaultSize` when neither `first` nor `last` is given (see pageRequest). */
export const pagedBy =
  (defaultSize: number) =>
  ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    list(rowsAsked(args, defaultSize), childComplexity);

const YEAR_MS = 365.25 * 86_400_000;

const time = (value: unknown): number | undefined => {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return Date.parse(value);
  return undefined;
};

/** Events and posts are recorded from the 2000s on: a longer period reads nothing more. */
export const MAX_PRICED_YEARS = 30;

/**
 * Whole years in the period of `from`/`to` arguments (defaults as the attendance fields apply them: `to`
 * today, `from` a year before `to`), from one to MAX_PRICED_YEARS. A wider period reads more events
 * and more seats.
 */
export function periodYears(args: Record<string, unknown>): number {
  const to = time(args.to) ?? Date.now();
  const from = time(args.from) ?? to - YEAR_MS;
  // A few days' slack: 2016-01-01 to 2026-01-01 is ten years, leap days and all.
  const years = Math.ceil((to - from) / YEAR_MS - 0.01);
  return Number.isFinite(years) ? Math.min(Math.max(years, 1), MAX_PRICED_YEARS) : MAX_PRICED_YEARS;
}

/** Points for a statement that reads a whole table or joins several (one aggregate, a search ranking). */
export const SCAN = 50;

/** Rows an unpaged analytical list is priced at: its answer is bounded by the data, not by an argument. */
export const UNPAGED_ROWS = 50;

/**
 * Rows an unpaged list of nodes (an organization's countries, a country's parliamentary groups, a
 * group's members) is priced at: a few per parent in the directory. Priced as one row, such lists nested
 * in one another (`countries { parliamentaryGroups { countries { parliamentaryGroups … } } }`) answered
 * many times the bytes per point of a paged connection.
 */
export const UNPAGED_NODE_ROWS = 5;

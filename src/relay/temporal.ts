import { ArgsType, Field } from 'type-graphql';
import { badUserInput } from '../errors/errors.js';
import { DateScalar } from '../graphql/scalars.js';
import { ConnectionArgs } from './connection.js';

/** Arguments of every list of roles and memberships: a page, and a date to read it as of or its whole history. */
@ArgsType()
export class TemporalArgs extends ConnectionArgs {
  @Field(() => DateScalar, { nullable: true, description: 'Read the list as of this date (default: today).' })
  asOf?: Date | string;

  @Field({ nullable: true, description: 'Every entry, past and present, ignoring asOf (default false).' })
  history?: boolean;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** The YYYY-MM-DD of a Date scalar value (graphql-scalars gives a Date; tests and scripts may pass a string). */
export const isoDate = (d: Date | string): string => (d instanceof Date ? d.toISOString() : String(d)).slice(0, 10);

/** The ISO date `days` after `day` (both YYYY-MM-DD, UTC). */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Horizons of "ending within N days" questions: ten years ahead is already more than any term. */
export const MAX_DAYS_AHEAD = 3660;

/** Refuses a day count outside 0..MAX_DAYS_AHEAD by the argument's name, before any date is computed from it. */
export function daysAhead(days: number, field = 'withinDays'): number {
  if (days < 0 || days > MAX_DAYS_AHEAD) throw badUserInput(`${field} must be between 0 and ${MAX_DAYS_AHEAD}`, [{ field, message: 'out of range' }]);
  return days;
}

/** The ISO date a temporal list is read at, or null for its whole history. */
export function readingDate(args: TemporalArgs): string | null {
  if (args.history) return null;
  if (args.asOf == null) return today();
  return isoDate(args.asOf);
}

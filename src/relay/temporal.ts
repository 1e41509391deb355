import { ArgsType, Field } from 'type-graphql';
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

/** The ISO date a temporal list is read at, or null for its whole history. */
export function readingDate(args: TemporalArgs): string | null {
  if (args.history) return null;
  if (args.asOf == null) return today();
  return isoDate(args.asOf);
}

/** SQL condition: the row's span [fromColumn, untilColumn] contains the date (open ends count as open). */
export function heldOn(date: string, fromColumn = 't.held_from', untilColumn = 't.held_until') {
  return { sql: `(${fromColumn} is null or ${fromColumn} <= ?::date) and (${untilColumn} is null or ${untilColumn} >= ?::date)`, params: [date, date] };
}

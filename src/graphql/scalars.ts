import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateResolver } from 'graphql-scalars';

export {
  DateTimeResolver as DateTimeScalar,
  URLResolver as URLScalar,
  CountryCodeResolver as CountryCodeScalar,
  EmailAddressResolver as EmailAddressScalar,
  CurrencyResolver as CurrencyScalar,
} from 'graphql-scalars';

/** RFC 3339 allows year 0000; PostgreSQL's calendar starts at year 1, so such a date is refused here, not by SQL. */
function withinCalendar(date: Date): Date {
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) throw new GraphQLError('Date must be between 0001-01-01 and 9999-12-31');
  return date;
}

const date = DateResolver.toConfig();

/** A calendar date `YYYY-MM-DD` (graphql-scalars' Date), limited to the years PostgreSQL stores. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  ...date,
  parseValue: (value) => withinCalendar(date.parseValue!(value) as Date),
  parseLiteral: (ast, variables) => withinCalendar(date.parseLiteral!(ast, variables) as Date),
});

import { GraphQLError, GraphQLScalarType } from 'graphql';
import { CountryCodeResolver, CurrencyResolver, DateResolver, DateTimeResolver, URLResolver } from 'graphql-scalars';

export { EmailAddressResolver as EmailAddressScalar } from 'graphql-scalars';

/**
 * graphql-scalars' scalar with the `@specifiedBy` URL it lacks, so that codegen users can map it to a type
 * of their own (graphql-scalars gives one to EmailAddress and JSONObject only).
 */
const specifiedBy = (scalar: GraphQLScalarType, specifiedByURL: string) => new GraphQLScalarType({ ...scalar.toConfig(), specifiedByURL });

export const DateTimeScalar = specifiedBy(DateTimeResolver, 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6');
export const URLScalar = specifiedBy(URLResolver, 'https://datatracker.ietf.org/doc/html/rfc3986');
export const CountryCodeScalar = specifiedBy(CountryCodeResolver, 'https://www.iso.org/iso-3166-country-codes.html');
export const CurrencyScalar = specifiedBy(CurrencyResolver, 'https://www.iso.org/iso-4217-currency-codes.html');

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
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  parseValue: (value) => withinCalendar(date.parseValue!(value) as Date),
  parseLiteral: (ast, variables) => withinCalendar(date.parseLiteral!(ast, variables) as Date),
});

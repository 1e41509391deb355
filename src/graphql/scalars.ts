export {
  DateResolver as DateScalar,
  DateTimeResolver as DateTimeScalar,
  URLResolver as URLScalar,
  CountryCodeResolver as CountryCodeScalar,
  EmailAddressResolver as EmailAddressScalar,
  CurrencyResolver as CurrencyScalar,
} from 'graphql-scalars';

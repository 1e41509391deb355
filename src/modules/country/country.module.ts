import type { DomainModule } from '../../domain-module.js';
import { Country } from './country.entity.js';
import { CountryResolver } from './country.resolver.js';

export const countryModule: DomainModule = {
  entities: [Country],
  resolvers: [CountryResolver],
};

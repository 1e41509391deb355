import type { DomainModule } from '../../domain-module.js';
import { SearchResolver } from './search.resolver.js';

export const searchModule: DomainModule = {
  resolvers: [SearchResolver],
};

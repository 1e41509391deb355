import type { DomainModule } from '../../domain-module.js';
import { Congress } from './congress.entity.js';
import { GovernanceMutations } from './congress.mutations.js';
import { OverdueCongressResolver } from './congress.overdue.js';
import { CongressResolver } from './congress.resolver.js';

export const congressModule: DomainModule = {
  entities: [Congress],
  resolvers: [CongressResolver, OverdueCongressResolver, GovernanceMutations],
};

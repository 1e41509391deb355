import type { DomainModule } from '../../domain-module.js';
import { AmbassadorPosting } from './ambassador-posting.entity.js';
import { AmbassadorMutations } from './ambassador.mutations.js';
import { AmbassadorPostingResolver } from './ambassador.resolver.js';

export const ambassadorModule: DomainModule = {
  entities: [AmbassadorPosting],
  resolvers: [AmbassadorPostingResolver, AmbassadorMutations],
};

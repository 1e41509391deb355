import type { DomainModule } from '../../domain-module.js';
import { Membership } from './membership.entity.js';
import { MembershipMutations } from './membership.mutations.js';
import { MembershipQueries } from './membership.queries.js';
import { MembershipResolver } from './membership.resolver.js';
import { MembershipSubscriptions } from './membership.subscriptions.js';

export const membershipModule: DomainModule = {
  entities: [Membership],
  resolvers: [MembershipResolver, MembershipQueries, MembershipMutations, MembershipSubscriptions],
};

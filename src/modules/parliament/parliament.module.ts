import type { DomainModule } from '../../domain-module.js';
import { GroupMembership } from './group-membership.entity.js';
import { Legislature } from './legislature.entity.js';
import { StateRecordMutations } from './parliament.mutations.js';
import { ParliamentaryGroupResolver, GroupMembershipResolver } from './parliament.resolver.js';
import { ParliamentaryGroupCountry } from './parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from './parliamentary-group.entity.js';

export const parliamentModule: DomainModule = {
  entities: [Legislature, ParliamentaryGroup, ParliamentaryGroupCountry, GroupMembership],
  resolvers: [ParliamentaryGroupResolver, GroupMembershipResolver, StateRecordMutations],
};

import type { DomainModule } from '../../domain-module.js';
import { OrganizationIdentifierMutations } from './identifier.mutations.js';
import { OrganizationIdentifierFields, OrganizationIdentifierResolver } from './identifier.resolver.js';
import { OrganizationIdentifier } from './organization-identifier.entity.js';

export const identifierModule: DomainModule = {
  entities: [OrganizationIdentifier],
  resolvers: [OrganizationIdentifierFields, OrganizationIdentifierResolver, OrganizationIdentifierMutations],
};

import type { DomainModule } from '../../domain-module.js';
import { OrganizationCountry } from './organization-country.entity.js';
import { Organization } from './organization.entity.js';
import { OrganizationMutations } from './organization.mutations.js';
import { OrganizationResolver } from './organization.resolver.js';
import { ORGANIZATION_OBJECT_TYPES } from './organization.types.js';
import { ViewerResolver } from './viewer.resolver.js';

export const organizationModule: DomainModule = {
  entities: [Organization, OrganizationCountry],
  resolvers: [OrganizationResolver, OrganizationMutations, ViewerResolver],
  types: [...ORGANIZATION_OBJECT_TYPES],
};

import type { DomainModule } from '../../domain-module.js';
import { PartnershipSector } from './partnership-sector.entity.js';
import { Partnership } from './partnership.entity.js';
import { PartnershipMutations } from './partnership.mutations.js';
import { PartnershipResolver } from './partnership.resolver.js';

export const partnershipModule: DomainModule = {
  entities: [Partnership, PartnershipSector],
  resolvers: [PartnershipResolver, PartnershipMutations],
};

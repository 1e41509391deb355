import type { DomainModule } from '../../domain-module.js';
import { NetworkEdgeResolver, NetworkResolver, OrganizationNetworkResolver } from './network.resolver.js';

export const networkModule: DomainModule = {
  resolvers: [NetworkResolver, OrganizationNetworkResolver, NetworkEdgeResolver],
};

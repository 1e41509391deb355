import type { DomainModule } from '../../domain-module.js';
import { Sector } from './sector.entity.js';
import { SectorResolver } from './sector.resolver.js';

export const sectorModule: DomainModule = {
  entities: [Sector],
  resolvers: [SectorResolver],
};

import type { DomainModule } from '../../domain-module.js';
import { ProvinceChange } from './province-change.entity.js';
import { Province } from './province.entity.js';
import { ProvinceResolver } from './province.resolver.js';

export const provinceModule: DomainModule = {
  entities: [Province, ProvinceChange],
  resolvers: [ProvinceResolver],
};

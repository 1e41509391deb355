import type { DomainModule } from '../../domain-module.js';
import { AidRecord } from './aid-record.entity.js';
import { AreaRemap } from './area-remap.entity.js';
import { InterventionArea } from './intervention-area.entity.js';
import { NgoMutations } from './ngo.mutations.js';
import { AidRecordResolver, AreaRemapResolver, ForeignNgoOverviewResolver, ForeignNgoResolver, InterventionAreaResolver, NgoQueries, RemapRunResolver } from './ngo.resolver.js';
import { Registration } from './registration.entity.js';

export const ngoModule: DomainModule = {
  entities: [Registration, InterventionArea, AidRecord, AreaRemap],
  resolvers: [ForeignNgoResolver, InterventionAreaResolver, AidRecordResolver, AreaRemapResolver, RemapRunResolver, ForeignNgoOverviewResolver, NgoQueries, NgoMutations],
};

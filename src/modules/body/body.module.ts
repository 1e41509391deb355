import type { DomainModule } from '../../domain-module.js';
import { Body } from './body.entity.js';
import { rosterExportRouter } from './body.export.js';
import { BodyMutations } from './body.mutations.js';
import { BodyResolver } from './body.resolver.js';
import { UnderstaffedBodyResolver } from './body.understaffed.js';

export const bodyModule: DomainModule = {
  entities: [Body],
  resolvers: [BodyResolver, UnderstaffedBodyResolver, BodyMutations],
  routes: rosterExportRouter,
};

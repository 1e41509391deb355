import type { DomainModule } from '../../domain-module.js';
import { importRouter } from './import.routes.js';

export const importModule: DomainModule = {
  routes: importRouter,
};

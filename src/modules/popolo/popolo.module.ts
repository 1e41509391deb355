import type { DomainModule } from '../../domain-module.js';
import { popoloExportRouter } from './popolo.export.js';

export const popoloModule: DomainModule = {
  routes: popoloExportRouter,
};

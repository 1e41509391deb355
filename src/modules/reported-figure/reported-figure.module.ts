import type { DomainModule } from '../../domain-module.js';
import { ReportedFigure } from './reported-figure.entity.js';
import { ReportedFigureResolver } from './reported-figure.resolver.js';

export const reportedFigureModule: DomainModule = {
  entities: [ReportedFigure],
  resolvers: [ReportedFigureResolver],
};

import type { DomainModule } from '../../domain-module.js';
import { LegalInstrument, LegalRule } from './legal.entity.js';
import { LegalInstrumentResolver, LegalRuleResolver } from './legal.resolver.js';

export const legalModule: DomainModule = {
  entities: [LegalInstrument, LegalRule],
  resolvers: [LegalInstrumentResolver, LegalRuleResolver],
};

import type { DomainModule } from '../../domain-module.js';
import { Account, Session } from './account.entity.js';
import { AccountMutations } from './account.mutations.js';
import { AccountResolver } from './account.resolver.js';

/** Sign-in for people: accounts (made by the secretariat) and their sessions (src/auth/sessions.ts). */
export const accountModule: DomainModule = {
  entities: [Account, Session],
  resolvers: [AccountResolver, AccountMutations],
};

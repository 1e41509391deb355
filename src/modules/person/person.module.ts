import type { DomainModule } from '../../domain-module.js';
import { ContactPoint } from './contact-point.entity.js';
import { Person } from './person.entity.js';
import { PersonMutations } from './person.mutations.js';
import { PersonPrivateFieldsResolver } from './person.private.js';
import { PersonResolver } from './person.resolver.js';

export const personModule: DomainModule = {
  entities: [Person, ContactPoint],
  resolvers: [PersonResolver, PersonPrivateFieldsResolver, PersonMutations],
};

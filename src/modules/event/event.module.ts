import type { DomainModule } from '../../domain-module.js';
import { EventCountry } from './event-country.entity.js';
import { EventOrganizer } from './event-organizer.entity.js';
import { Event } from './event.entity.js';
import { EventMutations } from './event.mutations.js';
import { EventResolver, ParticipationResolver } from './event.resolver.js';
import { ParticipationSubscriptions } from './event.subscriptions.js';
import { Participation } from './participation.entity.js';

export const eventModule: DomainModule = {
  entities: [Event, EventOrganizer, EventCountry, Participation],
  resolvers: [EventResolver, ParticipationResolver, EventMutations, ParticipationSubscriptions],
};

import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { notFound } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { ChangeAction, refersTo, type Change } from '../../live/change.js';
import type { ChangeStream } from '../../live/change-bus.js';
import { RecordChange } from '../../live/change.types.js';
import { expectGlobalId, toGlobalId } from '../../relay/global-id.js';
import { Event } from './event.entity.js';
import { Participation } from './participation.entity.js';

@ObjectType({ description: 'A participation in an event invited (CREATE), changed (UPDATE: attendance recorded) or deleted.' })
export class ParticipationChange extends RecordChange {
  @Field(() => ID, { description: 'The participation’s global ID (also once it is deleted).' })
  get participationId(): string {
    return toGlobalId(Participation.name, this.recordKey);
  }
}

/** The changes of one event's participations; the event must exist. */
async function participationChanges({ args, context }: SubscribeResolverData<unknown, { eventId: string }, Context>): Promise<ChangeStream> {
  const key = expectGlobalId(args.eventId, Event.name, 'eventId');
  if (!(await context.loaders.byId(Event).load(key))) throw notFound(Event.name, args.eventId);
  return context.changes.subscribe((change) => change.type === Participation.name && refersTo(change, 'event', key));
}

@Resolver(() => ParticipationChange)
export class ParticipationSubscriptions {
  @Subscription(() => ParticipationChange, {
    description: 'An event’s participations as they change (persons invited, attendance recorded): one event per participation a write touched, once the write commits, from whichever server instance made it. Over WebSocket only (graphql-transport-ws, at /graphql). Priced and limited as a query, once, when it starts.',
    subscribe: participationChanges,
  })
  participationsChanged(@Root() change: Change, @Arg('eventId', () => ID, { description: 'The event.' }) _eventId: string): ParticipationChange {
    return ParticipationChange.of(change);
  }

  @FieldResolver(() => Participation, { nullable: true, description: 'The participation as it is when the event is sent (a later change may already show); null once deleted.' })
  participation(@Root() change: ParticipationChange, @Ctx() { loaders }: Context): Promise<Participation | null> | null {
    return change.action === ChangeAction.DELETE ? null : loaders.byId(Participation).load(change.recordKey);
  }
}

import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { badUserInput, notFound } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { ChangeAction, refersTo, type Change } from '../../live/change.js';
import type { ChangeStream } from '../../live/change-bus.js';
import { RecordChange } from '../../live/change.types.js';
import { expectGlobalId, toGlobalId } from '../../relay/global-id.js';
import { Body } from '../body/body.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Membership } from './membership.entity.js';

@ObjectType({ description: 'A membership appointed (CREATE), changed or ended (UPDATE: `until` set; replaceMember is an UPDATE of the post ended and a CREATE of the successor’s) or deleted.' })
export class MembershipChange extends RecordChange {
  @Field(() => ID, { description: 'The membership’s global ID (also once it is deleted).' })
  get membershipId(): string {
    return toGlobalId(Membership.name, this.recordKey);
  }
}

interface Args {
  organizationId?: string | null;
  bodyId?: string | null;
}

/** The changes of one body's memberships, or of one organization's (its bodies' included); the one asked for must exist. */
async function membershipChanges({ args, context }: SubscribeResolverData<unknown, Args, Context>): Promise<ChangeStream> {
  const { organizationId, bodyId } = args;
  if (!organizationId === !bodyId) {
    throw badUserInput('Give organizationId or bodyId, one of them', [{ field: organizationId ? 'bodyId' : 'organizationId', message: organizationId ? 'give either this or organizationId' : 'required unless bodyId is given' }]);
  }
  const [entity, name, globalId] = bodyId ? ([Body, 'body', bodyId] as const) : ([Organization, 'organization', organizationId!] as const);
  const key = expectGlobalId(globalId, entity.name, `${name}Id`);
  if (!(await context.loaders.byId<Body | Organization>(entity).load(key))) throw notFound(entity.name, globalId);
  return context.changes.subscribe((change) => change.type === Membership.name && refersTo(change, name, key));
}

@Resolver(() => MembershipChange)
export class MembershipSubscriptions {
  @Subscription(() => MembershipChange, {
    description: 'The memberships of a body (`bodyId`) or of an organization and its bodies (`organizationId`) as they change: one event per membership a write touched, once the write commits, from whichever server instance made it. Over WebSocket only (graphql-transport-ws, at /graphql). Priced and limited as a query, once, when it starts.',
    subscribe: membershipChanges,
  })
  membershipsChanged(
    @Root() change: Change,
    @Arg('organizationId', () => ID, { nullable: true, description: 'An organization: changes to its own posts and to those of its bodies.' }) _organizationId?: string,
    @Arg('bodyId', () => ID, { nullable: true, description: 'A body: changes to its roster.' }) _bodyId?: string,
  ): MembershipChange {
    return MembershipChange.of(change);
  }

  @FieldResolver(() => Membership, { nullable: true, description: 'The membership as it is when the event is sent (a later change may already show); null once deleted.' })
  membership(@Root() change: MembershipChange, @Ctx() { loaders }: Context): Promise<Membership | null> | null {
    return change.action === ChangeAction.DELETE ? null : loaders.byId(Membership).load(change.recordKey);
  }
}

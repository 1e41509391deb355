import { Arg, Authorized, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { AppError, ErrorCode } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import type { Change } from '../live/change.js';
import type { ChangeStream } from '../live/change-bus.js';
import { fromGlobalId } from '../relay/global-id.js';
import { AuditEntry } from './audit-entry.entity.js';

interface Args {
  entityId?: string | null;
  actor?: string | null;
}

/** Every change, or those of one record or of one actor, as `auditTrail` narrows its list. */
function auditChanges({ args, context }: SubscribeResolverData<unknown, Args, Context>): ChangeStream {
  const record = args.entityId ? fromGlobalId(args.entityId, 'entityId') : undefined;
  const { actor } = args;
  return context.changes.subscribe((change) => (!record || (change.type === record.type && change.id === record.id)) && (!actor || change.actor === actor));
}

@Resolver(() => AuditEntry)
export class AuditSubscriptions {
  @Authorized('SECRETARIAT')
  @Subscription(() => AuditEntry, {
    description: 'New audit entries as writes commit, from whichever server instance made them: all, or those of one record or one actor (the filters of `auditTrail`). Secretariat only: any other caller is refused when subscribing. Over WebSocket only (graphql-transport-ws, at /graphql). Priced and limited as a query, once, when it starts.',
    subscribe: auditChanges,
  })
  async auditEntryAdded(
    @Root() change: Change,
    @Ctx() { loaders }: Context,
    @Arg('entityId', () => ID, { nullable: true, description: 'The global ID of one record: its entries only.' }) _entityId?: string,
    @Arg('actor', () => String, { nullable: true, description: 'One token subject: its entries only.' }) _actor?: string,
  ): Promise<AuditEntry> {
    const entry = await loaders.byId(AuditEntry).load(change.entry);
    // Entries are never deleted and the change is announced only once its transaction committed.
    if (!entry) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `The audit entry ${change.entry} of an announced change is missing`);
    return entry;
  }
}

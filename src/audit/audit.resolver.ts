import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { pagedBy } from '../graphql/prices.js';
import { ConnectionArgs, ConnectionType, pageRequest } from '../relay/connection.js';
import { fromGlobalId } from '../relay/global-id.js';
import { groupedPages, ROOT } from '../relay/grouped-page.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AuditEntryConnection = ConnectionType<AuditEntry>('AuditEntry', () => AuditEntry);
export type AuditEntryConnection = InstanceType<typeof AuditEntryConnection>;

/** Pages of the trail hold 50 entries unless asked otherwise (its `first` was a plain limit of 50). */
const AUDIT_PAGE = 50;

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('SECRETARIAT')
  @Query(() => AuditEntryConnection, { complexity: pagedBy(AUDIT_PAGE), description: `The audit trail, newest first: of one entity, of one actor, or all; ${AUDIT_PAGE} entries a page unless \`first\` or \`last\` says otherwise. Secretariat only.` })
  async auditTrail(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('entityId', () => ID, { nullable: true, description: 'Only the entries of this record (its global ID).' }) entityId: string | undefined,
    @Arg('actor', () => String, { nullable: true, description: 'Only the entries of this token subject.' }) actor: string | undefined,
  ): Promise<AuditEntryConnection> {
    const conditions: { sql: string; params: unknown[] }[] = [];
    if (entityId) {
      const { type, id } = fromGlobalId(entityId, 'entityId');
      conditions.push({ sql: 't.entity_type = ? and t.entity_id = ?', params: [type, id] });
    }
    if (actor) conditions.push({ sql: 't.actor = ?', params: [actor] });
    return AuditEntryConnection.ofPage(await groupedPages(ctx.loaders, {
      name: 'audit',
      entity: AuditEntry,
      parent: null,
      conditions,
      sort: { sql: 't.created_at', direction: 'desc' },
      page: pageRequest(args, AUDIT_PAGE),
    }).load(ROOT));
  }
}

import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { MAX_PAGE_SIZE } from '../relay/connection.js';
import { fromGlobalId } from '../relay/global-id.js';
import { AuditEntry } from './audit-entry.entity.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('SECRETARIAT')
  @Query(() => [AuditEntry], { description: 'The audit trail, newest first: of one entity, of one actor, or all. Secretariat only.' })
  auditTrail(
    @Ctx() { em }: Context,
    @Arg('entityId', () => ID, { nullable: true }) entityId: string | undefined,
    @Arg('actor', () => String, { nullable: true }) actor: string | undefined,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<AuditEntry[]> {
    if (first < 1 || first > MAX_PAGE_SIZE) throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, [{ field: 'first', message: 'out of range' }]);
    const where: Record<string, unknown> = {};
    if (entityId) {
      const { type, id } = fromGlobalId(entityId);
      Object.assign(where, { entityType: type, entityId: id });
    }
    if (actor) where.actor = actor;
    return em.find(AuditEntry, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first });
  }
}

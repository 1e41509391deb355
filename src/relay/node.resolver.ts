import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { BaseEntity } from '../db/base.entity.js';
import { badUserInput, notFound } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { MAX_PAGE_SIZE, notPaged } from './connection.js';
import { fromGlobalId } from './global-id.js';

@Resolver()
export class NodeResolver {
  @Query(() => BaseEntity, { nullable: true, description: 'Refetches any object by its global ID.' })
  async node(@Arg('id', () => ID, { description: 'A global ID, as any object’s `id` gives it. Null, with a NOT_FOUND error on the path, when nothing has it (any more); a malformed ID is refused with BAD_USER_INPUT.' }) id: string, @Ctx() ctx: Context): Promise<BaseEntity> {
    return loadNode(ctx, id);
  }

  @Query(() => [BaseEntity], { nullable: 'items', description: `Refetches up to the page cap (100 by default) of objects by global ID, in order; an unknown ID gives null and an error. ${notPaged('as many as `ids`, at most the page cap')}` })
  nodes(@Arg('ids', () => [ID], { description: 'Global IDs, at most the page cap (100 by default); the answer has one item per ID, in the same order.' }) ids: string[], @Ctx() ctx: Context): Promise<BaseEntity>[] {
    if (ids.length > MAX_PAGE_SIZE) throw badUserInput(`At most ${MAX_PAGE_SIZE} ids`, [{ field: 'ids', message: `at most ${MAX_PAGE_SIZE}` }]);
    return ids.map((id) => loadNode(ctx, id));
  }
}

async function loadNode(ctx: Context, globalId: string): Promise<BaseEntity> {
  const { type, id } = fromGlobalId(globalId);
  const meta = ctx.em.getMetadata().getByClassName(type, false);
  const entity = meta?.class;
  if (!entity || !(entity.prototype instanceof BaseEntity)) throw notFound('Node', globalId);
  const node = await ctx.loaders.byId(entity).load(id);
  if (!node) throw notFound('Node', globalId);
  return node;
}

import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Sector } from './sector.entity.js';

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => [Sector], { description: 'Fields of work (health, education and training, ...).' })
  sectors(@Ctx() { em }: Context): Promise<Sector[]> {
    return em.find(Sector, {}, { orderBy: { nameEn: 'asc' } });
  }
}

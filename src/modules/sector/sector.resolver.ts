import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Sector } from './sector.entity.js';

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => [Sector], { description: 'Fields of work (health, education and training, ...), by English name in Vietnamese alphabetical order (see OrganizationOrderField.NAME).' })
  sectors(@Ctx() { em }: Context): Promise<Sector[]> {
    return em.find(Sector, {}, { orderBy: { nameSort: 'asc', id: 'asc' } });
  }
}

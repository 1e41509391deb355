import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Sector } from './sector.entity.js';
import { notPaged } from '../../relay/connection.js';

@Resolver(() => Sector)
export class SectorResolver {
  @Query(() => [Sector], { description: `Fields of work (health, education and training, ...), by English name in Vietnamese alphabetical order (see OrganizationOrderField.NAME). ${notPaged('a reference list of fields of work, not records of the directory')}` })
  sectors(@Ctx() { em }: Context): Promise<Sector[]> {
    return em.find(Sector, {}, { orderBy: { nameSort: 'asc', id: 'asc' } });
  }
}

import { findRows } from '../../db/rows.js';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Context } from '../../graphql/context.js';
import { Body } from '../body/body.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Congress } from './congress.entity.js';

const bodiesByCongress = defineLoader<string, Body[]>(async (em, ids) => {
  const bodies = await findRows(em, Body, { congress: { $in: [...ids] } }, { kind: 'asc', id: 'asc' });
  return grouped(ids, bodies, (b) => b.congress!.id);
});

@Resolver(() => Congress)
export class CongressResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() congress: Congress, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, congress.organization))!;
  }

  @FieldResolver(() => [Body], { description: 'The bodies this congress elected.' })
  electedBodies(@Root() congress: Congress, @Ctx() { loaders }: Context): Promise<Body[]> {
    return loaders.use(bodiesByCongress).load(congress.id);
  }
}

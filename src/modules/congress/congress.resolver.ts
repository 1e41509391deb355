import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { bodyPages } from '../body/body.service.js';
import { BodyConnection } from '../body/body.types.js';
import { Organization } from '../organization/organization.entity.js';
import { Congress } from './congress.entity.js';

@Resolver(() => Congress)
export class CongressResolver {
  @FieldResolver(() => Organization, { description: 'The organization that held the congress.' })
  async organization(@Root() congress: Congress, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.ref(Organization, congress.organization))!;
  }

  @FieldResolver(() => BodyConnection, { description: 'The bodies this congress elected, by kind.' })
  async electedBodies(@Root() congress: Congress, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<BodyConnection> {
    return BodyConnection.ofPage(await bodyPages(ctx, 'congress', args).load(congress.id));
  }
}

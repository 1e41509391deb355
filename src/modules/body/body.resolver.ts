import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Congress } from '../congress/congress.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { membershipPages } from '../post/membership.loaders.js';
import { BodyMemberConnection, MembershipListArgs } from '../post/membership.types.js';
import type { Membership } from '../post/membership.entity.js';
import { Body } from './body.entity.js';

@Resolver(() => Body)
export class BodyResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() body: Body, @Ctx() { loaders }: Context): Promise<Organization> {
    return (await loaders.byId(Organization).load(body.organization.id))!;
  }

  @FieldResolver(() => Congress, { nullable: true, description: 'The congress that elected this body.' })
  congress(@Root() body: Body, @Ctx() { loaders }: Context): Promise<Congress | null> | null {
    return body.congress ? loaders.byId(Congress).load(body.congress.id) : null;
  }

  @FieldResolver(() => BodyMemberConnection, { description: 'The roster: members as of a date (default today), or the whole history, presidents first.' })
  async members(@Root() body: Body, @Args() args: MembershipListArgs, @Ctx() ctx: Context): Promise<BodyMemberConnection> {
    const page = await membershipPages(ctx, 'body', args).load(body.id);
    const edges = page.edges.map(({ cursor, node }) => ({ cursor, membership: node, node: personOf(ctx, node) }));
    return BodyMemberConnection.of(edges as never, page.pageInfo, page.count);
  }
}

const personOf = (ctx: Context, membership: Membership) => ctx.loaders.byId(Person).load(membership.person.id) as Promise<Person>;

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { Country } from '../country/country.entity.js';
import { eventPages } from '../event/event.service.js';
import { EventConnection } from '../event/event.types.js';
import { Person } from '../person/person.entity.js';
import { AmbassadorPosting } from './ambassador-posting.entity.js';

@Resolver(() => AmbassadorPosting)
export class AmbassadorPostingResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The ambassador, where named (null: a posting whose ambassador the sources do not name).' })
  person(@Root() posting: AmbassadorPosting, @Ctx() { loaders }: Context): Promise<Person | null> | null {
    return loaders.ref(Person, posting.person);
  }

  @FieldResolver(() => Country, { description: 'The country the ambassador represents.' })
  async country(@Root() posting: AmbassadorPosting, @Ctx() { loaders }: Context): Promise<Country> {
    return (await loaders.byId(Country).load(posting.country.id))!;
  }

  @FieldResolver(() => EventConnection, { description: 'The welcome, farewell and award events of this posting.' })
  async events(@Root() posting: AmbassadorPosting, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<EventConnection> {
    const page = await eventPages(ctx, 'posting', args).load(posting.id);
    return EventConnection.of(page.edges, page.pageInfo, page.count);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { paged, SCAN } from '../../graphql/prices.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { participationPages } from '../event/event.service.js';
import { ParticipationConnection } from '../event/event.types.js';
import { membershipIncludes, membershipPages } from '../membership/membership.loaders.js';
import { selectedNodeFields } from '../../graphql/selection.js';
import { membershipConnection, MembershipConnection, MembershipListArgs } from '../membership/membership.types.js';
import { Person } from './person.entity.js';
import { PersonFilter } from './person.inputs.js';
import { listPersons } from './person.service.js';
import { PersonConnection } from './person.types.js';
import { readingDate, today } from '../../relay/temporal.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by ID. Null, with a NOT_FOUND error on this field’s path, when there is none: the rest of the response stands.' })
  async person(@Arg('id', () => ID, { description: 'The global ID of the person.' }) id: string, @Ctx() { loaders }: Context): Promise<Person> {
    const person = await loaders.byId(Person).load(expectGlobalId(id, 'Person'));
    if (!person) throw notFound('Person', id);
    return person;
  }

  // A search ranks every name by trigram similarity (and counts the matches) before the page is cut.
  @Query(() => PersonConnection, { complexity: (e) => paged(e) + (e.args.filter?.search ? 2 * SCAN : 0), description: 'Persons of the network, by full name in Vietnamese alphabetical order (see OrganizationOrderField.NAME), or ranked by a search.' })
  persons(@Args() page: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => PersonFilter, { nullable: true, description: 'Conditions the persons must meet (default: every person, synthetic ones left out).' }) filter?: PersonFilter): Promise<PersonConnection> {
    return listPersons(ctx, page, filter);
  }

  @FieldResolver(() => MembershipConnection, { description: 'The person’s posts across organizations and bodies, newest first; as of a date (default today) or the whole record with `history: true`.' })
  async memberships(@Root() person: Person, @Args() args: MembershipListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<MembershipConnection> {
    const page = await membershipPages(ctx, 'person', args, 'recent', membershipIncludes(selectedNodeFields(info))).load(person.id);
    return membershipConnection(page, readingDate(args) ?? today());
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Events the person was invited to or took part in, newest first.' })
  async participations(@Root() person: Person, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ParticipationConnection> {
    const page = await participationPages(ctx, 'person', args, selectedNodeFields(info)).load(person.id);
    return ParticipationConnection.of(page.edges, page.pageInfo, page.count);
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedNodeFields } from '../../graphql/selection.js';
import { notFound } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, notPaged } from '../../relay/connection.js';
import { organizationPages } from '../organization/organization.service.js';
import { OrganizationConnection } from '../organization/organization.types.js';
import { expectGlobalId } from '../../relay/global-id.js';
import { ROOT } from '../../relay/grouped-page.js';
import { AmbassadorPosting } from '../ambassador/ambassador-posting.entity.js';
import { Congress } from '../congress/congress.entity.js';
import { Country } from '../country/country.entity.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { Province } from '../province/province.entity.js';
import { Event } from './event.entity.js';
import { countriesByEvent } from './event.loaders.js';
import { eventPages, participationPages } from './event.service.js';
import { EventConnection, EventFilter, EventOrder, ParticipationConnection } from './event.types.js';
import { Participation } from './participation.entity.js';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => Event, { nullable: true, description: 'One event by ID. Null, with a NOT_FOUND error on this field’s path, when there is none: the rest of the response stands.' })
  async event(@Arg('id', () => ID, { description: 'The event’s global ID.' }) id: string, @Ctx() { loaders }: Context): Promise<Event> {
    const event = await loaders.byId(Event).load(expectGlobalId(id, 'Event'));
    if (!event) throw notFound('Event', id);
    return event;
  }

  @Query(() => EventConnection, { description: 'Events, newest first unless ordered otherwise.' })
  async events(
    @Args() args: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Narrows the events; all but synthetic ones when left out.' }) filter?: EventFilter,
    @Arg('orderBy', () => EventOrder, { nullable: true, description: 'The order (default: newest start first).' }) orderBy?: EventOrder,
  ): Promise<EventConnection> {
    return EventConnection.ofPage(await eventPages(ctx, 'root', args, filter, orderBy).load(ROOT));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations that organised the event, by name.' })
  async organizers(@Root() event: Event, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<OrganizationConnection> {
    return OrganizationConnection.ofPage(await organizationPages(ctx, 'organizers', 'eo.event_id', args, { includeSynthetic: true }, undefined, (qb) => qb.join('t.eventLinks', 'eo')).load(event.id));
  }

  @FieldResolver(() => [Country], { description: `Countries the event concerns, by code. ${notPaged('one or a few countries of the ISO 3166-1 list')}` })
  countries(@Root() event: Event, @Ctx() { loaders }: Context): Promise<Country[]> {
    return loaders.use(countriesByEvent).load(event.id);
  }

  @FieldResolver(() => Province, { nullable: true, description: 'Where it took place, as recorded (see Province.successor for today’s geography).' })
  province(@Root() event: Event, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return loaders.ref(Province, event.province);
  }

  @FieldResolver(() => AmbassadorPosting, { nullable: true, description: 'For a welcome or farewell: the ambassador’s posting.' })
  ambassadorPosting(@Root() event: Event, @Ctx() { loaders }: Context): Promise<AmbassadorPosting | null> | null {
    return loaders.ref(AmbassadorPosting, event.ambassadorPosting);
  }

  @FieldResolver(() => Congress, { nullable: true, description: 'For a congress: the organization’s congress it was; null when none is linked.' })
  congress(@Root() event: Event, @Ctx() { loaders }: Context): Promise<Congress | null> | null {
    return loaders.ref(Congress, event.congress);
  }

  @FieldResolver(() => ParticipationConnection, { description: 'Who was invited and who took part, in which role.' })
  async participations(@Root() event: Event, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ParticipationConnection> {
    return ParticipationConnection.ofPage(await participationPages(ctx, 'event', args, selectedNodeFields(info)).load(event.id));
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Event, { description: 'The event.' })
  async event(@Root() p: Participation, @Ctx() { loaders }: Context): Promise<Event> {
    return (await loaders.ref(Event, p.event))!;
  }

  @FieldResolver(() => Person, { description: 'The person invited or taking part.' })
  async person(@Root() p: Participation, @Ctx() { loaders }: Context): Promise<Person> {
    return (await loaders.ref(Person, p.person))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the person took part for; null when none is recorded.' })
  onBehalfOf(@Root() p: Participation, @Ctx() { loaders }: Context): Promise<Organization | null> | null {
    return loaders.ref(Organization, p.onBehalfOf);
  }
}

import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar } from '../../graphql/scalars.js';
import { ConnectionArgs, notPaged } from '../../relay/connection.js';
import { postingPages } from '../ambassador/ambassador.service.js';
import { AmbassadorPostingConnection } from '../ambassador/ambassador.types.js';
import { eventPages } from '../event/event.service.js';
import { EventConnection, EventFilter } from '../event/event.types.js';
import { OrganizationFilter } from '../organization/organization.inputs.js';
import { OrganizationConnection } from '../organization/organization.types.js';
import { organizationPages } from '../organization/organization.service.js';
import { groupPages } from '../parliament/parliament.service.js';
import { ParliamentaryGroupConnection } from '../parliament/parliament.types.js';
import { Country } from './country.entity.js';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'A country by its ISO 3166-1 alpha-2 code. Null, with a NOT_FOUND error on this field’s path, when there is none: the rest of the response stands.' })
  async country(@Arg('code', () => CountryCodeScalar, { description: 'The ISO 3166-1 alpha-2 code (any letter case).' }) code: string, @Ctx() { em }: Context): Promise<Country> {
    const country = await em.findOne(Country, { code: code.toUpperCase() });
    if (!country) throw notFound('Country', code);
    return country;
  }

  @Query(() => [Country], { description: `Every country and territory of ISO 3166-1 (reference data: those the directory’s sources refer to cite them, the others the ISO list they come from), by English name in Vietnamese alphabetical order (see OrganizationOrderField.NAME). ${notPaged('the 249 countries and territories of ISO 3166-1, a reference list')}` })
  countries(@Ctx() { em }: Context): Promise<Country[]> {
    return em.find(Country, {}, { orderBy: { nameSort: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations about this country: its friendship associations, NGOs from it, counterparts.' })
  async organizations(@Root() country: Country, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => OrganizationFilter, { nullable: true, description: 'Narrows the organizations; all of them when left out.' }) filter?: OrganizationFilter): Promise<OrganizationConnection> {
    return OrganizationConnection.ofPage(await organizationPages(ctx, 'country', 'oc.country_id', args, filter, undefined, (qb) => qb.join('t.countryLinks', 'oc')).load(country.id));
  }

  @FieldResolver(() => ParliamentaryGroupConnection, { description: 'The National Assembly’s friendship groups for this country, newest legislature first.' })
  async parliamentaryGroups(@Root() country: Country, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<ParliamentaryGroupConnection> {
    return ParliamentaryGroupConnection.ofPage(await groupPages(ctx, 'country', args).load(country.id));
  }

  @FieldResolver(() => AmbassadorPostingConnection, { description: 'This country’s ambassadors to Vietnam, latest arrival first.' })
  async ambassadorPostings(@Root() country: Country, @Args() args: ConnectionArgs, @Ctx() ctx: Context): Promise<AmbassadorPostingConnection> {
    return AmbassadorPostingConnection.ofPage(await postingPages(ctx, args).load(country.id));
  }

  @FieldResolver(() => EventConnection, { description: 'Events concerning this country, newest first.' })
  async events(@Root() country: Country, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => EventFilter, { nullable: true, description: 'Narrows the events; all but synthetic ones when left out.' }) filter?: EventFilter): Promise<EventConnection> {
    return EventConnection.ofPage(await eventPages(ctx, 'country', args, filter).load(country.id));
  }
}

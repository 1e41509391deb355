import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors/errors.js';
import { findRows, linkedRows } from '../../db/rows.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar } from '../../graphql/scalars.js';
import { ConnectionArgs } from '../../relay/connection.js';
import { AmbassadorPosting } from '../ambassador/ambassador-posting.entity.js';
import { eventPages } from '../event/event.service.js';
import { EventConnection, EventFilter } from '../event/event.types.js';
import { OrganizationFilter } from '../organization/organization.inputs.js';
import { OrganizationConnection } from '../organization/organization.types.js';
import { organizationPages } from '../organization/organization.service.js';
import { ParliamentaryGroupCountry } from '../parliament/parliamentary-group-country.entity.js';
import { ParliamentaryGroup } from '../parliament/parliamentary-group.entity.js';
import { Country } from './country.entity.js';

const postingsByCountry = defineLoader<string, AmbassadorPosting[]>(async (em, ids) => {
  const rows = await findRows(em, AmbassadorPosting, { country: { $in: [...ids] } }, { arrivedOn: { start: 'desc' }, id: 'asc' });
  return grouped(ids, rows, (p) => p.country.id);
});

const groupsByCountry = defineLoader<string, ParliamentaryGroup[]>((em, ids) =>
  linkedRows(em, ParliamentaryGroup, { entity: ParliamentaryGroupCountry, from: 'country', to: 'group' }, ids, 't.legislature desc, t.id'),
);

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { nullable: true, description: 'A country by its ISO 3166-1 alpha-2 code. Null, with a NOT_FOUND error on this field’s path, when there is none: the rest of the response stands.' })
  async country(@Arg('code', () => CountryCodeScalar) code: string, @Ctx() { em }: Context): Promise<Country> {
    const country = await em.findOne(Country, { code: code.toUpperCase() });
    if (!country) throw notFound('Country', code);
    return country;
  }

  @Query(() => [Country], { description: 'Every country and territory of ISO 3166-1 (reference data: those the directory’s sources refer to cite them, the others the ISO list they come from), by English name in Vietnamese alphabetical order (see OrganizationOrderField.NAME).' })
  countries(@Ctx() { em }: Context): Promise<Country[]> {
    return em.find(Country, {}, { orderBy: { nameSort: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Organizations about this country: its friendship associations, NGOs from it, counterparts.' })
  async organizations(@Root() country: Country, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => OrganizationFilter, { nullable: true }) filter?: OrganizationFilter): Promise<OrganizationConnection> {
    const page = await organizationPages(ctx, 'country', 'oc.country_id', args, filter, undefined, (qb) => qb.join('t.countryLinks', 'oc')).load(country.id);
    return OrganizationConnection.of(page.edges, page.pageInfo, page.count);
  }

  @FieldResolver(() => [ParliamentaryGroup], { description: 'The National Assembly’s friendship groups for this country, newest legislature first.' })
  parliamentaryGroups(@Root() country: Country, @Ctx() { loaders }: Context): Promise<ParliamentaryGroup[]> {
    return loaders.use(groupsByCountry).load(country.id);
  }

  @FieldResolver(() => [AmbassadorPosting], { description: 'This country’s ambassadors to Vietnam.' })
  ambassadorPostings(@Root() country: Country, @Ctx() { loaders }: Context): Promise<AmbassadorPosting[]> {
    return loaders.use(postingsByCountry).load(country.id);
  }

  @FieldResolver(() => EventConnection, { description: 'Events concerning this country, newest first.' })
  async events(@Root() country: Country, @Args() args: ConnectionArgs, @Ctx() ctx: Context, @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter): Promise<EventConnection> {
    const page = await eventPages(ctx, 'country', args, filter).load(country.id);
    return EventConnection.of(page.edges, page.pageInfo, page.count);
  }
}

import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { notFound } from '../../errors/errors.js';
import type { Context } from '../../graphql/context.js';
import { CountryCodeScalar } from '../../graphql/scalars.js';
import { Country } from './country.entity.js';

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, { description: 'A country by its ISO 3166-1 alpha-2 code.' })
  async country(@Arg('code', () => CountryCodeScalar) code: string, @Ctx() { em }: Context): Promise<Country> {
    const country = await em.findOne(Country, { code: code.toUpperCase() });
    if (!country) throw notFound('Country', code);
    return country;
  }

  @Query(() => [Country], { description: 'Every country the directory refers to, by English name.' })
  countries(@Ctx() { em }: Context): Promise<Country[]> {
    return em.find(Country, {}, { orderBy: { nameEn: 'asc' } });
  }
}

import { findRows } from '../../db/rows.js';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../../errors/errors.js';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { isoDate, readingDate } from '../../relay/temporal.js';
import { foldForSearch } from '../../search/fold.js';
import { ProvinceChange } from './province-change.entity.js';
import { Province } from './province.entity.js';
import { ProvinceFilter } from './province.types.js';

const predecessorsOf = defineLoader<string, Province[]>(async (em, ids) => {
  const rows = await findRows(em, Province, { successor: { $in: [...ids] }, id: { $nin: [...ids] } }, { nameVi: 'asc' });
  return grouped(ids, rows, (p) => p.successor!.id);
});

const changesOf = defineLoader<string, ProvinceChange[]>(async (em, ids) => {
  const rows = await findRows(em, ProvinceChange, { province: { $in: [...ids] } }, { effectiveOn: { start: 'asc' } });
  return grouped(ids, rows, (c) => c.province.id);
});


@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => Province, { description: 'A province by key (e.g. `binh-duong`), old or new.' })
  async province(@Arg('key') key: string, @Ctx() { em }: Context): Promise<Province> {
    const province = await em.findOne(Province, { key });
    if (!province) throw notFound('Province', key);
    return province;
  }

  @Query(() => [Province], { description: 'Provincial-level units (97 in all: 63 before 1 July 2025, 34 after), by Vietnamese name.' })
  provinces(@Ctx() { em }: Context, @Arg('filter', () => ProvinceFilter, { nullable: true }) filter: ProvinceFilter = {}): Promise<Province[]> {
    const where: Record<string, unknown> = {};
    if (filter.generation) where.generation = filter.generation;
    if (filter.validOn) {
      const day = isoDate(filter.validOn);
      where.$and = [{ $or: [{ validFrom: null }, { validFrom: { $lte: day } }] }, { $or: [{ validUntil: null }, { validUntil: { $gte: day } }] }];
    }
    if (filter.search) where.searchText = { $like: `%${foldForSearch(filter.search)}%` };
    return findRows(em, Province, where, { nameVi: 'asc', generation: 'asc' });
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The unit that took this one over (for the 63 old units: their unit from 1 July 2025).' })
  successor(@Root() p: Province, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return p.successor && p.successor.id !== p.id ? loaders.byId(Province).load(p.successor.id) : null;
  }

  @FieldResolver(() => [Province], { description: 'The old units merged into this one.' })
  predecessors(@Root() p: Province, @Ctx() { loaders }: Context): Promise<Province[]> {
    return loaders.use(predecessorsOf).load(p.id);
  }

  @FieldResolver(() => Province, { description: 'This place in the geography of a date (default today): itself, or the unit it became.' })
  async asOf(@Root() p: Province, @Ctx() { loaders }: Context, @Arg('date', () => DateScalar, { nullable: true }) date?: Date | string): Promise<Province> {
    const day = readingDate({ asOf: date });
    let current = p;
    for (let hops = 0; hops < 5 && current.validUntil && day && current.validUntil < day && current.successor; hops++) {
      current = (await loaders.byId(Province).load(current.successor.id)) ?? current;
    }
    return current;
  }

  @FieldResolver(() => [ProvinceChange], { description: 'Later changes of status (e.g. becoming a centrally-run city).' })
  changes(@Root() p: Province, @Ctx() { loaders }: Context): Promise<ProvinceChange[]> {
    return loaders.use(changesOf).load(p.id);
  }
}

import { findRows } from '../../db/rows.js';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { defineLoader, grouped } from '../../graphql/loaders.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { isoDate, readingDate } from '../../relay/temporal.js';
import { foldForSearch } from '../../search/fold.js';
import { findProvince, PROVINCE_ARGUMENT } from './geography.js';
import { ProvinceChange } from './province-change.entity.js';
import { Province } from './province.entity.js';
import { ProvinceFilter } from './province.types.js';
import { ProvinceLevel } from './province.enums.js';
import { PartialDate } from '../../db/partial-date.js';
import { levelOn } from './geography.js';
import { notPaged } from '../../relay/connection.js';

const predecessorsOf = defineLoader<string, Province[]>(async (em, ids) => {
  // The old units are often in the same batch as their successor (a list of every unit): only a unit
  // recorded as its own successor is left out, never one that merely shares the batch.
  const rows = await findRows(em, Province, { successor: { $in: [...ids] } }, { nameSort: 'asc', id: 'asc' });
  return grouped(ids, rows.filter((p) => p.successor!.id !== p.id), (p) => p.successor!.id);
});

const changesOf = defineLoader<string, ProvinceChange[]>(async (em, ids) => {
  const rows = await findRows(em, ProvinceChange, { province: { $in: [...ids] } }, { effectiveOn: { start: 'asc' } });
  return grouped(ids, rows, (c) => c.province.id);
});


@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => Province, { nullable: true, description: 'A province, old or new, by key, code or name. An unknown one is NOT_FOUND, an ambiguous one BAD_USER_INPUT, each naming the argument; either way the field is null and the rest of the response stands.' })
  province(
    @Arg('key', { description: `Which province: ${PROVINCE_ARGUMENT} (\`validOn\`).` }) key: string,
    @Ctx() { em }: Context,
    @Arg('validOn', () => DateScalar, { nullable: true, description: 'Picks among units that share the name or code: the one valid on this date (default today).' }) validOn?: Date | string,
  ): Promise<Province> {
    return findProvince(em, key, { field: 'key', date: validOn == null ? undefined : isoDate(validOn) });
  }

  @Query(() => [Province], { description: `Provincial-level units (97 in all: 63 before 1 July 2025, 34 after), by Vietnamese name in Vietnamese alphabetical order (see OrganizationOrderField.NAME). ${notPaged('the 97 units of the reference list')}` })
  provinces(@Ctx() { em }: Context, @Arg('filter', () => ProvinceFilter, { nullable: true, description: 'Conditions the units must meet (default: all 97).' }) filter: ProvinceFilter = {}): Promise<Province[]> {
    const where: Record<string, unknown> = {};
    if (filter.generation) where.generation = filter.generation;
    if (filter.validOn) {
      const day = isoDate(filter.validOn);
      where.$and = [{ $or: [{ validFrom: null }, { validFrom: { $lte: day } }] }, { $or: [{ validUntil: null }, { validUntil: { $gte: day } }] }];
    }
    if (filter.search) where.searchText = { $like: `%${foldForSearch(filter.search)}%` };
    return findRows(em, Province, where, { nameSort: 'asc', generation: 'asc', id: 'asc' });
  }

  @FieldResolver(() => Province, { nullable: true, description: 'The unit that took this one over (for the 63 old units: their unit from 1 July 2025).' })
  successor(@Root() p: Province, @Ctx() { loaders }: Context): Promise<Province | null> | null {
    return p.successor && p.successor.id !== p.id ? loaders.byId(Province).load(p.successor.id) : null;
  }

  @FieldResolver(() => [Province], { description: `The old units merged into this one. ${notPaged('a few of the 97 provinces of the reference list')}` })
  predecessors(@Root() p: Province, @Ctx() { loaders }: Context): Promise<Province[]> {
    return loaders.use(predecessorsOf).load(p.id);
  }

  @FieldResolver(() => Province, { description: 'This place in the geography of a date (default today): itself, or the unit it became.' })
  async asOf(@Root() p: Province, @Ctx() { loaders }: Context, @Arg('date', () => DateScalar, { nullable: true, description: 'The date whose geography to answer in (default today).' }) date?: Date | string): Promise<Province> {
    const day = readingDate({ asOf: date });
    let current = p;
    for (let hops = 0; hops < 5 && current.validUntil && day && current.validUntil < day && current.successor; hops++) {
      current = (await loaders.byId(Province).load(current.successor.id)) ?? current;
    }
    return current;
  }

  // The field's description is the entity's.
  @FieldResolver(() => ProvinceLevel)
  async level(@Root() p: Province, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day whose level is asked (default today).' }) asOf?: Date | string): Promise<ProvinceLevel> {
    return levelOn(p, await loaders.use(changesOf).load(p.id), readingDate({ asOf })!).level;
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'Since when the unit has the level `level` gives for the same `asOf`: the effective date of the change that gave it; null for the level the unit was formed with.' })
  async levelSince(@Root() p: Province, @Ctx() { loaders }: Context, @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day whose level is asked (default today).' }) asOf?: Date | string): Promise<PartialDate | null> {
    return levelOn(p, await loaders.use(changesOf).load(p.id), readingDate({ asOf })!).since;
  }

  @FieldResolver(() => [ProvinceChange], { description: `Later changes of status (e.g. becoming a centrally-run city). ${notPaged('the few changes of status of one unit')}` })
  changes(@Root() p: Province, @Ctx() { loaders }: Context): Promise<ProvinceChange[]> {
    return loaders.use(changesOf).load(p.id);
  }
}

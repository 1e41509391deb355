import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, notFound } from '../../errors/errors.js';
import { foldForSearch } from '../../search/fold.js';
import { Province } from './province.entity.js';

/** SQL: the unit that province row `alias` belongs to in the geography of the date parameter. */
export const currentProvinceSql = (alias: string) => `(case when ${alias}.valid_until < ?::date and ${alias}.successor_id is not null then ${alias}.successor_id else ${alias}.id end)`;

/** Finds a province by key, code, or name (old or new, with or without diacritics), preferring the unit valid on `date`. */
export async function findProvince(em: EntityManager, text: string, date: string): Promise<Province> {
  const folded = foldForSearch(text);
  if (!folded) throw badUserInput('province must name a province', [{ field: 'province', message: 'empty' }]);
  const candidates = await em.find(Province, { $or: [{ key: text }, { code: text }, { searchText: folded }, { searchText: { $like: `% ${folded}` } }, { searchText: { $like: `${folded} %` } }] });
  const exact = candidates.filter((p) => p.key === text || p.code === text || foldForSearch(p.nameVi) === folded || p.aliases.some((a) => foldForSearch(a) === folded));
  const pool = exact.length ? exact : candidates;
  if (!pool.length) throw notFound('Province', text);
  const validOn = (p: Province) => (!p.validFrom || p.validFrom <= date) && (!p.validUntil || p.validUntil >= date);
  return pool.find(validOn) ?? pool[0];
}

export interface ProvinceScope {
  /** The unit the province is part of on the date. */
  target: Province;
  /** Every row that counts as that unit: itself and the old units merged into it. */
  ids: string[];
}

/**
 * "NGOs working in Bình Dương" today means those recorded for any unit that is now part of Hồ Chí Minh
 * City: the target unit on the date, and every unit whose successor it is.
 */
export async function provinceScope(em: EntityManager, text: string, date: string): Promise<ProvinceScope> {
  let target = await findProvince(em, text, date);
  for (let hops = 0; hops < 5 && target.validUntil && target.validUntil < date && target.successor; hops++) {
    target = await em.findOneOrFail(Province, target.successor.id);
  }
  const predecessors = await em.find(Province, { successor: target.id });
  return { target, ids: [...new Set([target.id, ...predecessors.map((p) => p.id)])] };
}

import { findRows } from '../../db/rows.js';
import { defineLoader } from '../../graphql/loaders.js';
import { findProvince } from './geography.js';
import { Province } from './province.entity.js';

export interface ProvinceText {
  text: string;
  /** The filter's path, named in errors. */
  field: string;
}

/**
 * The units a province of a list filter stands for today: the unit the text names (findProvince) and the
 * old units merged into it, so that "located in Hồ Chí Minh City" takes in what is still recorded on
 * Bình Dương, while "Bình Dương" stays the old unit alone. Every parent of a nested list asks with the
 * same texts: one lookup per distinct text, and one statement for the merged units, whatever the number of parents.
 */
export const provinceUnitsByText = defineLoader<ProvinceText, string[]>(
  async (em, keys) => {
    const targets: (Province | Error)[] = [];
    for (const { text, field } of keys) targets.push(await findProvince(em, text, { field }).catch((error: Error) => error));
    const found = targets.filter((t): t is Province => !(t instanceof Error));
    const merged = found.length ? await findRows(em, Province, { successor: { $in: found.map((p) => p.id) } }) : [];
    return targets.map((target) =>
      target instanceof Error ? target : [target.id, ...merged.filter((p) => p.successor!.id === target.id && p.id !== target.id).map((p) => p.id)],
    );
  },
  { cacheKey: ({ text, field }) => JSON.stringify([text, field]) },
);

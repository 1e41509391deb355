import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../errors/errors.js';
import { Country } from './country.entity.js';

/** The countries of the given codes (any case), or BAD_USER_INPUT on `field` when one is not in the directory. */
export async function countriesByCode(tx: EntityManager, codes: string[], field: string): Promise<Country[]> {
  const wanted = new Set(codes.map((c) => c.toUpperCase()));
  const found = await tx.find(Country, { code: { $in: [...wanted] } });
  if (found.length !== wanted.size) throw badUserInput('Unknown country', [{ field, message: 'not in the directory' }]);
  return found;
}

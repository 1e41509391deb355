import { createRequire } from 'node:module';
import isoCountries from 'i18n-iso-countries';
import { countries as curated } from '../real/countries.js';
import type { CountrySeed } from '../real/types.js';

/*
 * Every country and territory of ISO 3166-1, as reference data: a secretary can record an NGO from any of
 * them. The countries of seeds/real/countries.ts keep their names and sources (FACTS.md); the others take
 * their English and Vietnamese names from the i18n-iso-countries package (ISO's English short name, the
 * package's Vietnamese one).
 */

const { version } = createRequire(import.meta.url)('i18n-iso-countries/package.json') as { version: string };

/** The citation of a country taken from the package. */
export const ISO_COUNTRIES_SOURCE = `ISO 3166-1 alpha-2 codes and names, from the i18n-iso-countries package ${version} (standard reference data)`;

/** Codes the package lists that ISO 3166-1 does not assign (XK, Kosovo, is a user-assigned code). */
const NOT_IN_ISO_3166_1 = new Set(['XK']);

/** Where the package's Vietnamese name is not the country's name, the name used instead, and why. */
const VIETNAMESE_NAME_CORRECTIONS: Record<string, { nameVi: string; note: string }> = {
  MY: { nameVi: 'Malaysia', note: 'the package gives “Bán đảo Mã Lai”, the Malay Peninsula, not the country' },
  PS: { nameVi: 'Palestine', note: 'the package gives “Lãnh thổ Palestine, bị chiếm đóng”, an old ISO name of the territory' },
};

const NOTE = 'Standard reference data: code and names as the i18n-iso-countries package gives them (ISO 3166-1), not from the directory’s sources';

/** The reference countries: the curated ones first, as they are, then the rest of ISO 3166-1 in code order. */
export function referenceCountries(): CountrySeed[] {
  const known = new Set(curated.map((c) => c.code));
  const english = isoCountries.getNames('en', { select: 'official' });
  const vietnamese = isoCountries.getNames('vi', { select: 'official' });
  const others = Object.keys(isoCountries.getAlpha2Codes())
    .filter((code) => !known.has(code) && !NOT_IN_ISO_3166_1.has(code))
    .sort()
    .map((code): CountrySeed => {
      const correction = VIETNAMESE_NAME_CORRECTIONS[code];
      return {
        code, nameEn: english[code], nameVi: correction?.nameVi ?? vietnamese[code], sources: [ISO_COUNTRIES_SOURCE],
        note: correction ? `${NOTE}; Vietnamese name corrected: ${correction.note}.` : `${NOTE}.`,
      };
    });
  return [...curated, ...others];
}

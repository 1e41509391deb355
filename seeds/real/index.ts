/**
 * The real starting data of the directory, transcribed from ../shared/domain/FACTS.md (every record with
 * its source). `realSeed` gathers all kinds; check.ts validates keys, references, sources and dates.
 */
import { ambassadorPostings } from './ambassadors.js';
import { bodies } from './bodies.js';
import { congresses } from './congresses.js';
import { countries } from './countries.js';
import { events } from './events.js';
import { legalInstruments, legalRules } from './legal.js';
import { organizations } from './organizations.js';
import { legislatures, parliamentaryGroups } from './parliamentary-groups.js';
import { partnerships } from './partnerships.js';
import { persons } from './persons.js';
import { posts } from './posts.js';
import { provinceChanges, provinces } from './provinces.js';
import { reportedFigures } from './reported-figures.js';
import { sectors } from './sectors.js';
import { sourceCatalog } from './sources.js';

export type * from './types.js';
export { S, sourceCatalog } from './sources.js';
export {
  ambassadorPostings,
  bodies,
  congresses,
  countries,
  events,
  legalInstruments,
  legalRules,
  legislatures,
  organizations,
  parliamentaryGroups,
  partnerships,
  persons,
  posts,
  provinceChanges,
  provinces,
  reportedFigures,
  sectors,
};

export const realSeed = {
  countries,
  sectors,
  provinces,
  provinceChanges,
  organizations,
  persons,
  congresses,
  bodies,
  posts,
  events,
  ambassadorPostings,
  parliamentaryGroups,
  partnerships,
  reportedFigures,
  // additions beyond the brief's list (FACTS.md needs them)
  legislatures,
  legalInstruments,
  legalRules,
  sourceCatalog,
};

export type RealSeed = typeof realSeed;

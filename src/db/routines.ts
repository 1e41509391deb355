import { Routine } from '@mikro-orm/core';
import { VIETNAMESE_SORT_KEY_FUNCTION } from './migrations/Migration20261203110000_vietnamese_sort.js';
import { FOLD_FOR_SEARCH_FUNCTION } from './migrations/Migration20261204120000_EventSearch.js';
import { PROVINCE_SORT_KEY_FUNCTION } from './migrations/Migration20261206220000_ProvinceSortName.js';

/**
 * The database functions the schema relies on, declared so that the ORM's schema diff (`npm run
 * migration:create`) knows them instead of dropping them. Migrations create and change them; the ORM
 * only compares names, parameters and results (a body given as DDL is not compared).
 */
export const vietnameseSortKey = new Routine({
  name: 'vietnamese_sort_key',
  type: 'function',
  language: 'sql',
  deterministic: true,
  security: 'invoker',
  params: { name: { type: 'text', runtimeType: 'string' } },
  // strict: a null name gives a null key
  returns: { runtimeType: 'string', columnType: 'text', nullable: true },
  expression: VIETNAMESE_SORT_KEY_FUNCTION,
});

/** A text in its search form (events' search column; the same folding as src/search/fold.ts). */
export const foldForSearch = new Routine({
  name: 'fold_for_search',
  type: 'function',
  language: 'sql',
  deterministic: true,
  security: 'invoker',
  params: { text: { type: 'text', runtimeType: 'string' } },
  returns: { runtimeType: 'string', columnType: 'text', nullable: true },
  expression: FOLD_FOR_SEARCH_FUNCTION,
});

/** A province's sort key: its name's, without the words saying what kind of unit it is ("Thành phố"). */
export const provinceSortKey = new Routine({
  name: 'province_sort_key',
  type: 'function',
  language: 'sql',
  deterministic: true,
  security: 'invoker',
  params: { name: { type: 'text', runtimeType: 'string' } },
  returns: { runtimeType: 'string', columnType: 'text', nullable: true },
  expression: PROVINCE_SORT_KEY_FUNCTION,
});

export const ROUTINES = [vietnameseSortKey, foldForSearch, provinceSortKey];

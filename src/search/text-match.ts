import { badUserInput } from '../errors/errors.js';
import { foldForSearch } from './fold.js';

export interface TextMatch {
  /** Every word of the query occurs in the column (trigram GIN indexes serve these LIKEs). */
  condition: { sql: string; params: unknown[] };
  /** Relevance, higher first: trigram similarity of the whole query to the column. */
  rank: { sql: string; params: unknown[]; numeric: true };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Diacritic- and case-insensitive matching of a query against a folded search column. */
export function textMatch(column: string, query: string, field = 'search'): TextMatch {
  const folded = foldForSearch(query);
  if (!folded) throw badUserInput(`${field} must contain letters or digits`, [{ field, message: 'nothing to search for' }]);
  const words = folded.split(' ').slice(0, 8);
  return {
    condition: { sql: words.map(() => `${column} like ?`).join(' and '), params: words.map((w) => `%${escapeLike(w)}%`) },
    rank: { sql: `similarity(${column}, ?)`, params: [folded], numeric: true },
  };
}

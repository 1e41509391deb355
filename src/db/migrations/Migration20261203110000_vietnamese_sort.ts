import { Migration } from '@mikro-orm/migrations';

/*
 * Lists by name sort the way a Vietnamese reader expects: base letters in the order of the Vietnamese
 * alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, with f j w z where Latin puts them),
 * then tones (none, huyền, hỏi, ngã, sắc, nặng), then lower case before upper case: the order of the
 * CLDR Vietnamese collation (`vi-VN-x-icu`). ICU's collation cannot serve both engines: PGlite carries
 * only ICU's root order (no Vietnamese tailoring: `ă` and `â` sort as accented `a`), and the order must
 * be the same wherever the directory runs. So each name gets a sort key, compared byte by byte
 * (collation "C"), computed by the database in a stored generated column: every write path (the ORM,
 * the synthetic generator's plain INSERTs, SQL by hand) keeps it in step with the name.
 *
 * The key is three levels, each compared only where the levels before are equal, joined by chr(1)
 * (below every character of a level, so "Hà" sorts before "Hà Nội"):
 *   1. letters: each base letter (of the NFD form) becomes one code in alphabet order; a breve,
 *      circumflex or horn after it becomes a code above every letter code, so that a < ă < â < b and
 *      o < ô < ơ < p; đ has its own code after d; runs of spaces and punctuation become one space (a
 *      word ends before any letter follows: "Hà Nội" before "Hàn Quốc"); other marks drop out.
 *   2. tones: a digit per letter and tone mark, 1–5 for huyền, hỏi, ngã, sắc, nặng, 6 for any other mark.
 *   3. case: 0 for a lower-case letter, 1 for an upper-case one.
 * Levels 2 and 3 lose trailing zeros, which keeps their order. Letters of other scripts keep their own
 * character in level 1 (after every Latin letter) and drop out of levels 2 and 3.
 */

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** Codes of a..z in Vietnamese order, E left out for đ (between d and e). */
const LETTER_CODES = 'ABCDFGHIJKLMNOPQRSTUVWXYZa';
const D_BAR = 'E';
/** Breve, circumflex, horn: the marks that make ă â ê ô ơ ư letters of their own (level 1). */
const LETTER_MARKS = '\u0306\u0302\u031b';
/** Their codes, above every letter code: a < ă < â, o < ô < ơ. */
const LETTER_MARK_CODES = '|}~';
/** Huyền, hỏi, ngã, sắc, nặng: the dictionary order of the tones. */
const TONES = '\u0300\u0309\u0303\u0301\u0323';
const DIGITS = '0123456789';
/** Spaces, punctuation and symbols of ASCII, Latin-1, General and Supplemental Punctuation, CJK punctuation. */
const SEPARATORS = '[\\u0001-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u00bf\\u00d7\\u00f7\\u2000-\\u206f\\u2e00-\\u2e7f\\u3000-\\u303f]+';
const MARKS = '[\\u0300-\\u036f]';

/**
 * translate() looks each character up from the start of its list: the list goes in about the order of
 * the characters' frequency in names (NFD), so that most are found after a few comparisons.
 */
const FREQUENCY = ` nhgiatcou\u0302\u0301\u0300\u0323\u0309\u0303\u031b\u0306mlvryeskdpbq\u0111xfwjzNHGIATCOUMLVRYESKDPBQ\u0110XFWJZ${DIGITS}`;

/** One character for another, every character mapped (translate() drops characters beyond its second list). */
function mapping(pairs: Iterable<readonly [string, string]>): { from: string; to: string } {
  const map = new Map(pairs);
  const order = [...FREQUENCY].filter((c) => map.has(c));
  for (const c of map.keys()) if (!order.includes(c)) order.push(c);
  return { from: order.join(''), to: order.map((c) => map.get(c)).join('') };
}

const each = (chars: string, to: (c: string, i: number) => string) => [...chars].map((c, i) => [c, to(c, i)] as const);
const LETTERS = [...each(LOWER, (_, i) => LETTER_CODES[i]), ...each(LOWER.toUpperCase(), (_, i) => LETTER_CODES[i]), ['\u0111', D_BAR], ['\u0110', D_BAR]] as const;

/** Level 1: letters (either case) to their codes, breve, circumflex, horn to theirs; tones kept, to drop out with any other mark. */
const LEVEL_1 = mapping([[' ', ' '], ...LETTERS, ...each(LETTER_MARKS, (_, i) => LETTER_MARK_CODES[i]), ...each(TONES, (c) => c)]);
/** Level 2: 0 per letter or digit, 1–5 per tone; breve, circumflex and horn (level 1's) to a space, which drops out. */
const LEVEL_2 = mapping([[' ', ' '], ...LETTERS.map(([c]) => [c, '0'] as const), ...each(DIGITS, () => '0'), ...each(TONES, (_, i) => String(i + 1)), ...each(LETTER_MARKS, () => ' ')]);
/** Level 3: 0 per lower-case letter or digit, 1 per upper-case letter; marks to a space, which drops out. */
const LEVEL_3 = mapping([[' ', ' '], ...LETTERS.map(([c]) => [c, c === c.toLowerCase() ? '0' : '1'] as const), ...each(DIGITS, () => '0'), ...each(TONES + LETTER_MARKS, () => ' ')]);

/** An SQL string constant in ASCII: other characters (combining marks, đ) as Unicode escapes. */
const literal = (text: string) => `U&'${text.replace(/[\\']/g, (c) => c + c).replace(/[^\x20-\x7e]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
const translate = (text: string, { from, to }: { from: string; to: string }) => `translate(${text}, ${literal(from)}, ${literal(to)})`;
const replace = (text: string, pattern: string, by: string) => `regexp_replace(${text}, ${literal(pattern)}, ${literal(by)}, 'g')`;

/** The three levels of the NFD form `d`. */
const letters = (d: string) => `btrim(${replace(translate(replace(d, SEPARATORS, ' '), LEVEL_1), `${MARKS}+`, '')})`;
const tones = (d: string) => `rtrim(${replace(replace(translate(d, LEVEL_2), MARKS, '6'), '[^0-6]+', '')}, '0')`;
const cases = (d: string) => `rtrim(${replace(translate(d, LEVEL_3), '[^01]+', '')}, '0')`;

/** The function's DDL, as this migration creates it (src/db/routines.ts declares it to the ORM with the same text). */
export const VIETNAMESE_SORT_KEY_FUNCTION = `create function "vietnamese_sort_key"(name text) returns text
  language sql immutable strict parallel safe
  return (select ${letters('d')} || chr(1) || ${tones('d')} || chr(1) || ${cases('d')} from (select normalize(name, NFD) as d) as decomposed);`;

/** The tables listed by a name, and the column each is ordered by. */
const SORTED_NAMES: readonly (readonly [table: string, column: string])[] = [
  ['organization', 'name'],
  ['person', 'full_name'],
  ['province', 'name_vi'],
  ['country', 'name_en'],
  ['sector', 'name_en'],
  ['parliamentary_group', 'name_en'],
];

/** Tables long enough for the sort to want an index (the others have tens of rows). */
const INDEXED = new Set(['organization', 'person']);

export class Migration20261203110000_vietnamese_sort extends Migration {

  override name = 'Migration20261203110000_vietnamese_sort';

  override up(): void | Promise<void> {
    this.addSql(VIETNAMESE_SORT_KEY_FUNCTION);
    for (const [table, column] of SORTED_NAMES) {
      this.addSql(`alter table "${table}" add column "name_sort" text collate "C" generated always as (vietnamese_sort_key("${column}")) stored;`);
      if (INDEXED.has(table)) this.addSql(`create index "${table}_name_sort_index" on "${table}" ("name_sort");`);
    }
  }

  override down(): void | Promise<void> {
    for (const [table] of SORTED_NAMES) this.addSql(`alter table "${table}" drop column "name_sort";`);
    this.addSql(`drop function "vietnamese_sort_key"(text);`);
  }

}

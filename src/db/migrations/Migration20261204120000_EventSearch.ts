import { Migration } from '@mikro-orm/migrations';

/*
 * The one search box (`search`) reaches events by title as it reaches organizations and persons by
 * name: diacritic- and case-insensitively, by trigram. Organizations and persons keep their folded
 * search column from the ORM (src/search/fold.ts); events get theirs from the database, a stored
 * generated column, so every write path keeps it in step with the title. `fold_for_search` does in SQL
 * what foldForSearch does in TypeScript: NFD, marks dropped, đ → d, lower case, spaces and punctuation
 * (ASCII and the dashes, quotes and ellipsis names use) as one space.
 */
export const FOLD_FOR_SEARCH_FUNCTION = `create function "fold_for_search"(text text) returns text
  language sql immutable strict parallel safe
  return btrim(regexp_replace(translate(lower(regexp_replace(normalize(text, NFD), U&'[\\0300-\\036f]+', '', 'g')), U&'\\0111', 'd'), U&'[[:space:][:punct:]\\2010-\\2015\\2018-\\201f\\2026]+', ' ', 'g'));`;

export class Migration20261204120000_EventSearch extends Migration {

  override name = 'Migration20261204120000_EventSearch';

  override up(): void | Promise<void> {
    this.addSql(FOLD_FOR_SEARCH_FUNCTION);
    this.addSql(`alter table "event" add column "search_text" text generated always as (fold_for_search("title")) stored;`);
    this.addSql(`create index "event_search_text_trgm" on "event" using gin ("search_text" gin_trgm_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "event" drop column "search_text";`);
    this.addSql(`drop function "fold_for_search"(text);`);
  }

}

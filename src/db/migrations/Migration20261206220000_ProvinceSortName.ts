import { Migration } from '@mikro-orm/migrations';

/*
 * A province sorts by its name proper: "Thành phố Hồ Chí Minh" among the H's (after Hòa Bình, before
 * Hưng Yên), not every city under T. The words that only say what kind of unit it is ("Thành phố",
 * "Tỉnh", "TP"), at the start of the name, are left out of the sort key; the name shown keeps them. The
 * same words the province argument ignores (geography.ts, nameForm).
 */

/** The function's DDL, as this migration creates it (src/db/routines.ts declares it to the ORM with the same text). */
export const PROVINCE_SORT_KEY_FUNCTION = `create function "province_sort_key"(name text) returns text
  language sql immutable strict parallel safe
  return vietnamese_sort_key(regexp_replace(normalize(name, NFC), U&'^(th!00e0nh ph!1ed1|t!1ec9nh|tp\\.?)\\s+' uescape '!', '', 'i'));`;

export class Migration20261206220000_ProvinceSortName extends Migration {

  override name = 'Migration20261206220000_ProvinceSortName';

  override up(): void | Promise<void> {
    this.addSql(PROVINCE_SORT_KEY_FUNCTION);
    this.addSql(`alter table "province" drop column "name_sort";`);
    this.addSql(`alter table "province" add column "name_sort" text collate "C" generated always as (province_sort_key("name_vi")) stored;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "province" drop column "name_sort";`);
    this.addSql(`alter table "province" add column "name_sort" text collate "C" generated always as (vietnamese_sort_key("name_vi")) stored;`);
    this.addSql(`drop function "province_sort_key"(text);`);
  }

}

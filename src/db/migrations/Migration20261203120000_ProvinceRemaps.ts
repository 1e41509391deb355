import { Migration } from '@mikro-orm/migrations';

/**
 * The remap of abolished provinces moves organizations and events too, not only intervention areas:
 * each change record names the kind and id of the record it moved (an event has no organization).
 */
export class Migration20261203120000_ProvinceRemaps extends Migration {

  override name = 'Migration20261203120000_ProvinceRemaps';

  override up(): void | Promise<void> {
    this.addSql(`alter table "area_remap" add column "record_kind" text not null default 'INTERVENTION_AREA', add column "record_id" uuid null;`);
    this.addSql(`alter table "area_remap" alter column "organization_id" drop not null;`);
    this.addSql(`create index "area_remap_created_at_index" on "area_remap" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "area_remap_created_at_index";`);
    this.addSql(`delete from "area_remap" where "organization_id" is null;`);
    this.addSql(`alter table "area_remap" alter column "organization_id" set not null;`);
    this.addSql(`alter table "area_remap" drop column "record_kind", drop column "record_id";`);
  }

}

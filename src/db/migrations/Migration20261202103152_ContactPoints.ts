import { Migration } from '@mikro-orm/migrations';

/**
 * Contact details become contact points owned by the organization that recorded them (null: the
 * secretariat), so that who sees them follows who recorded them, not posts anyone could create. The
 * existing `person.email`/`person.phone` were all entered by the secretariat: they move to contact points
 * of the secretariat, and the columns go.
 */
export class Migration20261202103152_ContactPoints extends Migration {

  override name = 'Migration20261202103152_ContactPoints';

  override up(): void | Promise<void> {
    this.addSql(`create type "contact_kind" as enum ('EMAIL', 'PHONE');`);
    this.addSql(`create table "contact_point" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "person_id" uuid not null, "organization_id" uuid null, "kind" "contact_kind" not null, "value" varchar(255) not null, "label" varchar(255) null, "entered_by" varchar(255) not null, primary key ("id"));`);
    this.addSql(`create index "contact_point_person_id_index" on "contact_point" ("person_id");`);
    this.addSql(`create index "contact_point_organization_id_index" on "contact_point" ("organization_id");`);
    this.addSql(`alter table "contact_point" add constraint "contact_point_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "contact_point" add constraint "contact_point_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    for (const kind of ['email', 'phone']) {
      this.addSql(`insert into "contact_point" ("id", "created_at", "updated_at", "person_id", "organization_id", "kind", "value", "entered_by")
        select gen_random_uuid(), "updated_at", "updated_at", "id", null, '${kind.toUpperCase()}', "${kind}", 'secretariat (moved from person.${kind})' from "person" where "${kind}" is not null;`);
    }
    this.addSql(`alter table "person" drop column "email", drop column "phone";`);
  }

  override down(): void | Promise<void> {
    // Back to one column each: the secretariat's oldest contact point of that kind (organizations' are lost).
    this.addSql(`alter table "person" add "email" varchar(255) null, add "phone" varchar(255) null;`);
    this.addSql(`update "person" p set
      "email" = (select c."value" from "contact_point" c where c."person_id" = p."id" and c."organization_id" is null and c."kind" = 'EMAIL' order by c."created_at", c."id" limit 1),
      "phone" = (select c."value" from "contact_point" c where c."person_id" = p."id" and c."organization_id" is null and c."kind" = 'PHONE' order by c."created_at", c."id" limit 1);`);
    this.addSql(`drop table if exists "contact_point" cascade;`);
    this.addSql(`drop type "contact_kind";`);
  }

}

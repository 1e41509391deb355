import { Migration } from '@mikro-orm/migrations';

/*
 * Organization identifiers with their scheme (issue 15, item 3). The numbers of the registration
 * certificates already recorded become identifiers of the local scheme LOCAL-VN-FNGO (see
 * identifier.schemes.ts), with the certificate's sources: spaces trimmed and collapsed as writes store
 * them, one identifier per number (the earliest certificate's); a number recorded for two organizations
 * names neither until the secretariat says which it is, so it is left out.
 */

export class Migration20261204230000_OrganizationIdentifiers extends Migration {

  override name = 'Migration20261204230000_OrganizationIdentifiers';

  override up(): void | Promise<void> {
    this.addSql(`create table "organization_identifier" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "organization_id" uuid not null, "scheme" varchar(40) not null, "identifier" varchar(200) not null, primary key ("id"));`);
    this.addSql(`create index "organization_identifier_organization_id_index" on "organization_identifier" ("organization_id");`);
    this.addSql(`create unique index "organization_identifier_scheme_identifier_unique" on "organization_identifier" ("scheme", upper("identifier"));`);

    this.addSql(`alter table "organization_identifier" add constraint "organization_identifier_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`with numbered as (
        select r."id", r."organization_id", r."issued_on", r."source_citations", r."synthetic", regexp_replace(btrim(r."number"), '\\s+', ' ', 'g') as "number"
        from "registration" r where btrim(coalesce(r."number", '')) <> ''
      ), unambiguous as (
        select distinct on (upper(n."number")) n.* from numbered n
        where not exists (select 1 from numbered o where upper(o."number") = upper(n."number") and o."organization_id" <> n."organization_id")
        order by upper(n."number"), n."issued_on", n."id"
      )
      insert into "organization_identifier" ("id", "version", "created_at", "updated_at", "source_citations", "synthetic", "organization_id", "scheme", "identifier")
      select gen_random_uuid(), 1, now(), now(), u."source_citations", u."synthetic", u."organization_id", 'LOCAL-VN-FNGO', u."number" from unambiguous u;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "organization_identifier" cascade;`);
  }

}

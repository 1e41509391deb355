import { Migration } from '@mikro-orm/migrations';

export class Migration20261123092136_Initial extends Migration {

  override name = 'Migration20261123092136_Initial';

  override up(): void | Promise<void> {
    // Trigram indexes back the diacritic-insensitive text search.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "organization_kind" as enum ('UNION', 'UNION_BODY', 'FRIENDSHIP_ASSOCIATION', 'LOCAL_UNION', 'LOCAL_ASSOCIATION', 'FOREIGN_NGO', 'BUSINESS', 'RESEARCH_INSTITUTION', 'OVERSEAS_COMMUNITY', 'STUDENT_ASSOCIATION', 'FOREIGN_COUNTERPART', 'GOVERNMENT_BODY', 'EMBASSY');`);
    this.addSql(`create type "date_precision" as enum ('YEAR', 'MONTH', 'DAY');`);
    this.addSql(`create type "organization_status" as enum ('ACTIVE', 'DORMANT', 'DISSOLVED');`);
    this.addSql(`create table "country" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(2) not null, "name_en" varchar(255) not null, "name_vi" varchar(255) null, "source_citations" text[] not null, primary key ("id"));`);
    this.addSql(`alter table "country" add constraint "country_code_unique" unique ("code");`);

    this.addSql(`create table "organization" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "organization_kind" not null, "name" varchar(255) not null default '', "name_vi" varchar(255) null, "name_en" varchar(255) null, "name_fr" varchar(255) null, "abbreviation" varchar(255) null, "slug" varchar(255) null, "search_text" text not null default '', "parent_id" uuid null, "overseen_by_id" uuid null, "member_of_id" uuid null, "standing_agency_id" uuid null, "state_managed_by_id" uuid null, "founded_on_start" date null, "founded_on_precision" "date_precision" null, "traditional_day_start" date null, "traditional_day_precision" "date_precision" null, "status" "organization_status" not null default 'ACTIVE', "description" text null, "address" varchar(255) null, "website" varchar(255) null, "synthetic" boolean not null default false, "source_citations" text[] not null, "source_note" text null, primary key ("id"));`);
    this.addSql(`create index "organization_kind_index" on "organization" ("kind");`);
    this.addSql(`create index "organization_name_index" on "organization" ("name");`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    this.addSql(`create index "organization_overseen_by_id_index" on "organization" ("overseen_by_id");`);
    this.addSql(`create index "organization_member_of_id_index" on "organization" ("member_of_id");`);
    this.addSql(`create index "organization_search_text_trgm" on "organization" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "organization_country" ("organization_id" uuid not null, "country_id" uuid not null, primary key ("organization_id", "country_id"));`);
    this.addSql(`create index "organization_country_country_id_index" on "organization_country" ("country_id");`);

    this.addSql(`alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_overseen_by_id_foreign" foreign key ("overseen_by_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_member_of_id_foreign" foreign key ("member_of_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_standing_agency_id_foreign" foreign key ("standing_agency_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_state_managed_by_id_foreign" foreign key ("state_managed_by_id") references "organization" ("id") on delete set null;`);

    this.addSql(`alter table "organization_country" add constraint "organization_country_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_country" add constraint "organization_country_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organization_country" drop constraint "organization_country_country_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_overseen_by_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_member_of_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_standing_agency_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_state_managed_by_id_foreign";`);
    this.addSql(`alter table "organization_country" drop constraint "organization_country_organization_id_foreign";`);

    this.addSql(`drop table if exists "country" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "organization_country" cascade;`);

    this.addSql(`drop type "organization_kind";`);
    this.addSql(`drop type "date_precision";`);
    this.addSql(`drop type "organization_status";`);
  }

}

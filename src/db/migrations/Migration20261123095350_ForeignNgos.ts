import { Migration } from '@mikro-orm/migrations';

export class Migration20261123095350_ForeignNgos extends Migration {

  override name = 'Migration20261123095350_ForeignNgos';

  override up(): void | Promise<void> {
    this.addSql(`create type "registration_type" as enum ('OPERATION', 'PROJECT_OFFICE', 'REPRESENTATIVE_OFFICE');`);
    this.addSql(`create table "area_remap" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "run_id" uuid not null, "organization_id" uuid not null, "from_province_id" uuid not null, "to_province_id" uuid not null, "sector_key" varchar(255) null, "outcome" varchar(255) not null, "actor" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "area_remap_run_id_index" on "area_remap" ("run_id");`);
    this.addSql(`create index "area_remap_organization_id_index" on "area_remap" ("organization_id");`);

    this.addSql(`create table "registration" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "organization_id" uuid not null, "type" "registration_type" not null, "number" varchar(255) null, "issued_on" date not null, "expires_on" date not null, primary key ("id"));`);
    this.addSql(`create index "registration_organization_id_index" on "registration" ("organization_id");`);
    this.addSql(`create index "registration_expires_on_index" on "registration" ("expires_on");`);

    this.addSql(`create table "intervention_area" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "organization_id" uuid not null, "province_id" uuid not null, "sector_id" uuid null, "registration_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "intervention_area_province_id_index" on "intervention_area" ("province_id");`);
    this.addSql(`create index "intervention_area_sector_id_index" on "intervention_area" ("sector_id");`);
    this.addSql(`create index "intervention_area_registration_id_index" on "intervention_area" ("registration_id");`);
    this.addSql(`alter table "intervention_area" add constraint "intervention_area_organization_id_province_id_sector_id_unique" unique nulls not distinct ("organization_id", "province_id", "sector_id");`);

    this.addSql(`create table "aid_record" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "organization_id" uuid not null, "year" int not null, "amount_usd" numeric(16,2) not null, "sector_id" uuid null, "province_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "aid_record_organization_id_index" on "aid_record" ("organization_id");`);
    this.addSql(`create index "aid_record_sector_id_index" on "aid_record" ("sector_id");`);
    this.addSql(`create index "aid_record_province_id_index" on "aid_record" ("province_id");`);
    this.addSql(`create index "aid_record_year_index" on "aid_record" ("year");`);
    // Decree 58/2022/ND-CP, Art. 9: an operation registration is valid 3 years at most, a representative office 5.
    this.addSql(`alter table "registration" add constraint "registration_validity" check ("expires_on" > "issued_on" and ("type" <> 'OPERATION' or "expires_on" <= "issued_on" + interval '3 years') and ("type" <> 'REPRESENTATIVE_OFFICE' or "expires_on" <= "issued_on" + interval '5 years'));`);
    this.addSql(`alter table "aid_record" add constraint "aid_record_amount_positive" check ("amount_usd" >= 0);`);

    this.addSql(`alter table "area_remap" add constraint "area_remap_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "area_remap" add constraint "area_remap_from_province_id_foreign" foreign key ("from_province_id") references "province" ("id");`);
    this.addSql(`alter table "area_remap" add constraint "area_remap_to_province_id_foreign" foreign key ("to_province_id") references "province" ("id");`);

    this.addSql(`alter table "registration" add constraint "registration_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "intervention_area" add constraint "intervention_area_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "intervention_area" add constraint "intervention_area_province_id_foreign" foreign key ("province_id") references "province" ("id");`);
    this.addSql(`alter table "intervention_area" add constraint "intervention_area_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on delete set null;`);
    this.addSql(`alter table "intervention_area" add constraint "intervention_area_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on delete set null;`);

    this.addSql(`alter table "aid_record" add constraint "aid_record_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "aid_record" add constraint "aid_record_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on delete set null;`);
    this.addSql(`alter table "aid_record" add constraint "aid_record_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "intervention_area" drop constraint "intervention_area_registration_id_foreign";`);

    this.addSql(`drop table if exists "area_remap" cascade;`);
    this.addSql(`drop table if exists "registration" cascade;`);
    this.addSql(`drop table if exists "intervention_area" cascade;`);
    this.addSql(`drop table if exists "aid_record" cascade;`);

    this.addSql(`drop type "registration_type";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261123102326_LegalInstruments extends Migration {

  override name = 'Migration20261123102326_LegalInstruments';

  override up(): void | Promise<void> {
    this.addSql(`create table "legal_instrument" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "key" varchar(255) not null, "kind" varchar(255) not null, "number" varchar(255) null, "title" text null, "subject" text not null, "issuer" varchar(255) null, "issued_on_start" date null, "issued_on_end" date null, "issued_on_precision" "date_precision" null, "effective_on_start" date null, "effective_on_end" date null, "effective_on_precision" "date_precision" null, "period_start_start" date null, "period_start_end" date null, "period_start_precision" "date_precision" null, "period_end_start" date null, "period_end_end" date null, "period_end_precision" "date_precision" null, "signed_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "legal_instrument" add constraint "legal_instrument_key_unique" unique ("key");`);
    this.addSql(`create index "legal_instrument_signed_by_id_index" on "legal_instrument" ("signed_by_id");`);

    this.addSql(`create table "legal_rule" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "key" varchar(255) not null, "instrument_id" uuid not null, "article" varchar(255) null, "topic" varchar(255) not null, "statement" text not null, "registration_type" varchar(255) null, "max_validity_years" int null, "max_representative_offices" int null, "allowed_province_keys" text[] not null, primary key ("id"));`);
    this.addSql(`alter table "legal_rule" add constraint "legal_rule_key_unique" unique ("key");`);
    this.addSql(`create index "legal_rule_instrument_id_index" on "legal_rule" ("instrument_id");`);

    this.addSql(`alter table "legislature" add "milestones" jsonb not null;`);

    this.addSql(`alter table "legal_instrument" add constraint "legal_instrument_signed_by_id_foreign" foreign key ("signed_by_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "legal_rule" add constraint "legal_rule_instrument_id_foreign" foreign key ("instrument_id") references "legal_instrument" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "legal_rule" drop constraint "legal_rule_instrument_id_foreign";`);

    this.addSql(`drop table if exists "legal_instrument" cascade;`);
    this.addSql(`drop table if exists "legal_rule" cascade;`);

    this.addSql(`alter table "legislature" drop column "milestones";`);
  }

}

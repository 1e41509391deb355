import { Migration } from '@mikro-orm/migrations';

export class Migration20261123092615_Initial extends Migration {

  override name = 'Migration20261123092615_Initial';

  override up(): void | Promise<void> {
    // Trigram indexes back the diacritic-insensitive text search.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "date_precision" as enum ('YEAR', 'MONTH', 'DAY');`);
    this.addSql(`create type "province_level" as enum ('PROVINCE', 'MUNICIPALITY');`);
    this.addSql(`create type "province_generation" as enum ('PRE_2025', 'POST_2025');`);
    this.addSql(`create type "organization_kind" as enum ('UNION', 'UNION_BODY', 'FRIENDSHIP_ASSOCIATION', 'LOCAL_UNION', 'LOCAL_ASSOCIATION', 'FOREIGN_NGO', 'BUSINESS', 'RESEARCH_INSTITUTION', 'OVERSEAS_COMMUNITY', 'STUDENT_ASSOCIATION', 'FOREIGN_COUNTERPART', 'GOVERNMENT_BODY', 'EMBASSY');`);
    this.addSql(`create type "organization_status" as enum ('ACTIVE', 'DORMANT', 'DISSOLVED');`);
    this.addSql(`create type "partnership_kind" as enum ('TRADITIONAL', 'NEW');`);
    this.addSql(`create type "partnership_status" as enum ('PROSPECT', 'ACTIVE', 'LAPSED');`);
    this.addSql(`create type "role" as enum ('PRESIDENT', 'VICE_PRESIDENT', 'STANDING_VICE_PRESIDENT', 'SECRETARY_GENERAL', 'STANDING_MEMBER', 'MEMBER', 'HONORARY_PRESIDENT', 'HONORARY_CHAIR', 'HEAD', 'CHAIR', 'VICE_CHAIR', 'SECRETARY', 'CO_DIRECTOR');`);
    this.addSql(`create type "body_kind" as enum ('PRESIDIUM', 'EXECUTIVE_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_BOARD', 'SECRETARIAT', 'BOARD', 'PARTY_DELEGATION');`);
    this.addSql(`create type "event_kind" as enum ('AMBASSADOR_WELCOME', 'AMBASSADOR_FAREWELL', 'CONFERENCE', 'MEETING', 'CONGRESS', 'DELEGATION_IN', 'DELEGATION_OUT', 'EXCHANGE', 'ANNIVERSARY', 'AWARD');`);
    this.addSql(`create type "count_qualifier" as enum ('EXACT', 'ABOUT', 'NEARLY', 'MORE_THAN');`);
    this.addSql(`create type "participation_role" as enum ('HOST', 'SPEAKER', 'GUEST', 'ATTENDEE', 'AWARDEE');`);
    this.addSql(`create table "country" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "code" varchar(2) not null, "name_en" varchar(255) not null, "name_vi" varchar(255) null, primary key ("id"));`);
    this.addSql(`alter table "country" add constraint "country_code_unique" unique ("code");`);

    this.addSql(`create table "legislature" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "number" int not null, "elected_on_start" date null, "elected_on_end" date null, "elected_on_precision" "date_precision" null, "term_start_start" date null, "term_start_end" date null, "term_start_precision" "date_precision" null, "term_end_start" date null, "term_end_end" date null, "term_end_precision" "date_precision" null, primary key ("id"));`);
    this.addSql(`alter table "legislature" add constraint "legislature_number_unique" unique ("number");`);

    this.addSql(`create table "person" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "full_name" varchar(255) not null, "search_name" varchar(255) not null default '', "honorific" varchar(255) null, "biography" text null, "email" varchar(255) null, "phone" varchar(255) null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "person_full_name_index" on "person" ("full_name");`);
    this.addSql(`alter table "person" add constraint "person_slug_unique" unique ("slug");`);
    this.addSql(`create index "person_search_name_trgm" on "person" using gin ("search_name" gin_trgm_ops);`);

    this.addSql(`create table "ambassador_posting" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "person_id" uuid null, "country_id" uuid not null, "arrived_on_start" date null, "arrived_on_end" date null, "arrived_on_precision" "date_precision" null, "departed_on_start" date null, "departed_on_end" date null, "departed_on_precision" "date_precision" null, "attested_on" text[] not null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "ambassador_posting_person_id_index" on "ambassador_posting" ("person_id");`);
    this.addSql(`create index "ambassador_posting_country_id_index" on "ambassador_posting" ("country_id");`);
    this.addSql(`alter table "ambassador_posting" add constraint "ambassador_posting_slug_unique" unique ("slug");`);

    this.addSql(`create table "province" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "key" varchar(255) not null, "name_vi" varchar(255) not null, "name_en" varchar(255) null, "aliases" text[] not null, "search_text" text not null default '', "level" "province_level" not null, "generation" "province_generation" not null, "valid_from" date null, "valid_until" date null, "successor_id" uuid null, "code" varchar(255) null, "centre" varchar(255) null, "area_km2" double precision null, "population" int null, "former_capital_ward_names" text[] not null, "special_zones" text[] not null, primary key ("id"));`);
    this.addSql(`alter table "province" add constraint "province_key_unique" unique ("key");`);
    this.addSql(`create index "province_search_text_index" on "province" ("search_text");`);
    this.addSql(`create index "province_successor_id_index" on "province" ("successor_id");`);

    this.addSql(`create table "organization" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "kind" "organization_kind" not null, "name" varchar(255) not null default '', "name_vi" varchar(255) null, "name_en" varchar(255) null, "name_fr" varchar(255) null, "abbreviation" varchar(255) null, "slug" varchar(255) null, "search_text" text not null default '', "parent_id" uuid null, "overseen_by_id" uuid null, "member_of_id" uuid null, "standing_agency_id" uuid null, "state_managed_by_id" uuid null, "province_id" uuid null, "founded_on_start" date null, "founded_on_end" date null, "founded_on_precision" "date_precision" null, "traditional_day_start" date null, "traditional_day_end" date null, "traditional_day_precision" "date_precision" null, "status" "organization_status" not null default 'ACTIVE', "description" text null, "address" varchar(255) null, "website" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "organization_kind_index" on "organization" ("kind");`);
    this.addSql(`create index "organization_name_index" on "organization" ("name");`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    this.addSql(`create index "organization_overseen_by_id_index" on "organization" ("overseen_by_id");`);
    this.addSql(`create index "organization_member_of_id_index" on "organization" ("member_of_id");`);
    this.addSql(`create index "organization_province_id_index" on "organization" ("province_id");`);
    this.addSql(`create index "organization_search_text_trgm" on "organization" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "partnership" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "organization_id" uuid not null, "partner_organization_id" uuid null, "partner_person_id" uuid null, "kind" "partnership_kind" not null, "status" "partnership_status" not null, "since_start" date null, "since_end" date null, "since_precision" "date_precision" null, "until_start" date null, "until_end" date null, "until_precision" "date_precision" null, "attested_on" text[] not null, "lead_id" uuid null, "partner_lead_id" uuid null, "notes" text null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "partnership_organization_id_index" on "partnership" ("organization_id");`);
    this.addSql(`create index "partnership_partner_organization_id_index" on "partnership" ("partner_organization_id");`);
    this.addSql(`create index "partnership_partner_person_id_index" on "partnership" ("partner_person_id");`);
    this.addSql(`alter table "partnership" add constraint "partnership_slug_unique" unique ("slug");`);

    this.addSql(`create table "parliamentary_group" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "legislature" int null, "name_en" varchar(255) not null, "region_name" varchar(255) null, "member_count" int null, "as_of_start" date null, "as_of_end" date null, "as_of_precision" "date_precision" null, "coordinating_association_id" uuid null, "parent_organization_id" uuid null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "parliamentary_group_legislature_index" on "parliamentary_group" ("legislature");`);
    this.addSql(`create index "parliamentary_group_coordinating_association_id_index" on "parliamentary_group" ("coordinating_association_id");`);
    this.addSql(`alter table "parliamentary_group" add constraint "parliamentary_group_slug_unique" unique ("slug");`);

    this.addSql(`create table "parliamentary_group_country" ("group_id" uuid not null, "country_id" uuid not null, primary key ("group_id", "country_id"));`);
    this.addSql(`create index "parliamentary_group_country_country_id_index" on "parliamentary_group_country" ("country_id");`);

    this.addSql(`create table "group_membership" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "group_id" uuid not null, "person_id" uuid not null, "role" "role" not null, "start_date_start" date null, "start_date_end" date null, "start_date_precision" "date_precision" null, "end_date_start" date null, "end_date_end" date null, "end_date_precision" "date_precision" null, primary key ("id"));`);
    this.addSql(`create index "group_membership_group_id_index" on "group_membership" ("group_id");`);
    this.addSql(`create index "group_membership_person_id_index" on "group_membership" ("person_id");`);

    this.addSql(`create table "organization_country" ("organization_id" uuid not null, "country_id" uuid not null, primary key ("organization_id", "country_id"));`);
    this.addSql(`create index "organization_country_country_id_index" on "organization_country" ("country_id");`);

    this.addSql(`create table "congress" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "organization_id" uuid not null, "number" int null, "title" varchar(255) null, "held_on_start" date not null, "held_on_end" date not null, "held_on_precision" "date_precision" not null, "term_start_start" date null, "term_start_end" date null, "term_start_precision" "date_precision" null, "term_end_start" date null, "term_end_end" date null, "term_end_precision" "date_precision" null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "congress_organization_id_index" on "congress" ("organization_id");`);
    this.addSql(`alter table "congress" add constraint "congress_slug_unique" unique ("slug");`);

    this.addSql(`create table "body" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "organization_id" uuid not null, "kind" "body_kind" not null, "name_vi" varchar(255) null, "name_en" varchar(255) null, "congress_id" uuid null, "term_start_start" date null, "term_start_end" date null, "term_start_precision" "date_precision" null, "term_end_start" date null, "term_end_end" date null, "term_end_precision" "date_precision" null, "size" int null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "body_organization_id_index" on "body" ("organization_id");`);
    this.addSql(`create index "body_congress_id_index" on "body" ("congress_id");`);
    this.addSql(`alter table "body" add constraint "body_slug_unique" unique ("slug");`);

    this.addSql(`create table "membership" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "person_id" uuid not null, "organization_id" uuid not null, "body_id" uuid null, "congress_id" uuid null, "role" "role" not null, "title" varchar(255) null, "start_date_start" date null, "start_date_end" date null, "start_date_precision" "date_precision" null, "end_date_start" date null, "end_date_end" date null, "end_date_precision" "date_precision" null, "term_start_start" date null, "term_start_end" date null, "term_start_precision" "date_precision" null, "term_end_start" date null, "term_end_end" date null, "term_end_precision" "date_precision" null, "attested_on" text[] not null, "held_from" date null, "held_until" date null, primary key ("id"));`);
    this.addSql(`create index "membership_person_id_index" on "membership" ("person_id");`);
    this.addSql(`create index "membership_organization_id_index" on "membership" ("organization_id");`);
    this.addSql(`create index "membership_body_id_index" on "membership" ("body_id");`);
    this.addSql(`create index "membership_organization_id_role_index" on "membership" ("organization_id", "role");`);
    this.addSql(`create index "membership_body_id_held_from_index" on "membership" ("body_id", "held_from");`);

    this.addSql(`create table "event" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "kind" "event_kind" not null, "title" text not null, "start_date_start" date not null, "start_date_end" date not null, "start_date_precision" "date_precision" not null, "end_date_start" date null, "end_date_end" date null, "end_date_precision" "date_precision" null, "start_date_candidates" text[] not null, "province_id" uuid null, "venue" varchar(255) null, "description" text null, "participant_count" int null, "participant_count_qualifier" "count_qualifier" null, "ambassador_posting_id" uuid null, "congress_id" uuid null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "event_kind_index" on "event" ("kind");`);
    this.addSql(`create index "event_province_id_index" on "event" ("province_id");`);
    this.addSql(`create index "event_ambassador_posting_id_index" on "event" ("ambassador_posting_id");`);
    this.addSql(`create index "event_congress_id_index" on "event" ("congress_id");`);
    this.addSql(`alter table "event" add constraint "event_slug_unique" unique ("slug");`);
    this.addSql(`create index "event_start_date_start_index" on "event" ("start_date_start");`);

    this.addSql(`create table "participation" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "event_id" uuid not null, "person_id" uuid not null, "on_behalf_of_id" uuid null, "role" "participation_role" not null default 'ATTENDEE', "invited" boolean not null default true, "attended" boolean null, primary key ("id"));`);
    this.addSql(`create index "participation_person_id_index" on "participation" ("person_id");`);
    this.addSql(`create index "participation_on_behalf_of_id_index" on "participation" ("on_behalf_of_id");`);
    this.addSql(`alter table "participation" add constraint "participation_event_id_person_id_unique" unique ("event_id", "person_id");`);

    this.addSql(`create table "event_organizer" ("event_id" uuid not null, "organization_id" uuid not null, primary key ("event_id", "organization_id"));`);
    this.addSql(`create index "event_organizer_organization_id_index" on "event_organizer" ("organization_id");`);

    this.addSql(`create table "event_country" ("event_id" uuid not null, "country_id" uuid not null, primary key ("event_id", "country_id"));`);
    this.addSql(`create index "event_country_country_id_index" on "event_country" ("country_id");`);

    this.addSql(`create table "province_change" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "province_id" uuid not null, "effective_on_start" date not null, "effective_on_end" date not null, "effective_on_precision" "date_precision" not null, "issued_on_start" date null, "issued_on_end" date null, "issued_on_precision" "date_precision" null, "change" text not null, "instrument" varchar(255) not null, "new_level" "province_level" null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "province_change_province_id_index" on "province_change" ("province_id");`);
    this.addSql(`alter table "province_change" add constraint "province_change_slug_unique" unique ("slug");`);

    this.addSql(`create table "sector" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "key" varchar(255) not null, "name_en" varchar(255) not null, "name_vi" varchar(255) null, primary key ("id"));`);
    this.addSql(`alter table "sector" add constraint "sector_key_unique" unique ("key");`);

    this.addSql(`create table "reported_figure" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "source_citations" text[] not null, "source_note" text null, "synthetic" boolean not null default false, "metric" varchar(255) not null, "value" double precision not null, "value_max" double precision null, "qualifier" "count_qualifier" null, "unit" varchar(255) not null, "period_start_start" date null, "period_start_end" date null, "period_start_precision" "date_precision" null, "period_end_start" date null, "period_end_end" date null, "period_end_precision" "date_precision" null, "as_of_start" date null, "as_of_end" date null, "as_of_precision" "date_precision" null, "scope" varchar(255) null, "province_id" uuid null, "organization_id" uuid null, "sector_id" uuid null, "event_id" uuid null, "label" text not null, "slug" varchar(255) null, primary key ("id"));`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_slug_unique" unique ("slug");`);

    this.addSql(`create table "partnership_sector" ("partnership_id" uuid not null, "sector_id" uuid not null, primary key ("partnership_id", "sector_id"));`);
    this.addSql(`create index "partnership_sector_sector_id_index" on "partnership_sector" ("sector_id");`);

    this.addSql(`alter table "ambassador_posting" add constraint "ambassador_posting_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "ambassador_posting" add constraint "ambassador_posting_country_id_foreign" foreign key ("country_id") references "country" ("id");`);

    this.addSql(`alter table "province" add constraint "province_successor_id_foreign" foreign key ("successor_id") references "province" ("id") on delete set null;`);

    this.addSql(`alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_overseen_by_id_foreign" foreign key ("overseen_by_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_member_of_id_foreign" foreign key ("member_of_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_standing_agency_id_foreign" foreign key ("standing_agency_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_state_managed_by_id_foreign" foreign key ("state_managed_by_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "organization" add constraint "organization_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);

    this.addSql(`alter table "partnership" add constraint "partnership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "partnership" add constraint "partnership_partner_organization_id_foreign" foreign key ("partner_organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "partnership" add constraint "partnership_partner_person_id_foreign" foreign key ("partner_person_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "partnership" add constraint "partnership_lead_id_foreign" foreign key ("lead_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "partnership" add constraint "partnership_partner_lead_id_foreign" foreign key ("partner_lead_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "parliamentary_group" add constraint "parliamentary_group_coordinating_association_id_foreign" foreign key ("coordinating_association_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "parliamentary_group" add constraint "parliamentary_group_parent_organization_id_foreign" foreign key ("parent_organization_id") references "organization" ("id") on delete set null;`);

    this.addSql(`alter table "parliamentary_group_country" add constraint "parliamentary_group_country_group_id_foreign" foreign key ("group_id") references "parliamentary_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "parliamentary_group_country" add constraint "parliamentary_group_country_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "group_membership" add constraint "group_membership_group_id_foreign" foreign key ("group_id") references "parliamentary_group" ("id") on delete cascade;`);
    this.addSql(`alter table "group_membership" add constraint "group_membership_person_id_foreign" foreign key ("person_id") references "person" ("id");`);

    this.addSql(`alter table "organization_country" add constraint "organization_country_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organization_country" add constraint "organization_country_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "congress" add constraint "congress_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "body" add constraint "body_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "body" add constraint "body_congress_id_foreign" foreign key ("congress_id") references "congress" ("id") on delete set null;`);

    this.addSql(`alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "membership" add constraint "membership_body_id_foreign" foreign key ("body_id") references "body" ("id") on delete set null;`);
    this.addSql(`alter table "membership" add constraint "membership_congress_id_foreign" foreign key ("congress_id") references "congress" ("id") on delete set null;`);

    this.addSql(`alter table "event" add constraint "event_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "event" add constraint "event_ambassador_posting_id_foreign" foreign key ("ambassador_posting_id") references "ambassador_posting" ("id") on delete set null;`);
    this.addSql(`alter table "event" add constraint "event_congress_id_foreign" foreign key ("congress_id") references "congress" ("id") on delete set null;`);

    this.addSql(`alter table "participation" add constraint "participation_event_id_foreign" foreign key ("event_id") references "event" ("id") on delete cascade;`);
    this.addSql(`alter table "participation" add constraint "participation_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "participation" add constraint "participation_on_behalf_of_id_foreign" foreign key ("on_behalf_of_id") references "organization" ("id") on delete set null;`);

    this.addSql(`alter table "event_organizer" add constraint "event_organizer_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_organizer" add constraint "event_organizer_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "event_country" add constraint "event_country_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_country" add constraint "event_country_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "province_change" add constraint "province_change_province_id_foreign" foreign key ("province_id") references "province" ("id");`);

    this.addSql(`alter table "reported_figure" add constraint "reported_figure_province_id_foreign" foreign key ("province_id") references "province" ("id") on delete set null;`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete set null;`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on delete set null;`);
    this.addSql(`alter table "reported_figure" add constraint "reported_figure_event_id_foreign" foreign key ("event_id") references "event" ("id") on delete set null;`);

    this.addSql(`alter table "partnership_sector" add constraint "partnership_sector_partnership_id_foreign" foreign key ("partnership_id") references "partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partnership_sector" add constraint "partnership_sector_sector_id_foreign" foreign key ("sector_id") references "sector" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "ambassador_posting" drop constraint "ambassador_posting_country_id_foreign";`);
    this.addSql(`alter table "parliamentary_group_country" drop constraint "parliamentary_group_country_country_id_foreign";`);
    this.addSql(`alter table "organization_country" drop constraint "organization_country_country_id_foreign";`);
    this.addSql(`alter table "event_country" drop constraint "event_country_country_id_foreign";`);
    this.addSql(`alter table "ambassador_posting" drop constraint "ambassador_posting_person_id_foreign";`);
    this.addSql(`alter table "partnership" drop constraint "partnership_partner_person_id_foreign";`);
    this.addSql(`alter table "partnership" drop constraint "partnership_lead_id_foreign";`);
    this.addSql(`alter table "partnership" drop constraint "partnership_partner_lead_id_foreign";`);
    this.addSql(`alter table "group_membership" drop constraint "group_membership_person_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_person_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_person_id_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_ambassador_posting_id_foreign";`);
    this.addSql(`alter table "province" drop constraint "province_successor_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_province_id_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_province_id_foreign";`);
    this.addSql(`alter table "province_change" drop constraint "province_change_province_id_foreign";`);
    this.addSql(`alter table "reported_figure" drop constraint "reported_figure_province_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_overseen_by_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_member_of_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_standing_agency_id_foreign";`);
    this.addSql(`alter table "organization" drop constraint "organization_state_managed_by_id_foreign";`);
    this.addSql(`alter table "partnership" drop constraint "partnership_organization_id_foreign";`);
    this.addSql(`alter table "partnership" drop constraint "partnership_partner_organization_id_foreign";`);
    this.addSql(`alter table "parliamentary_group" drop constraint "parliamentary_group_coordinating_association_id_foreign";`);
    this.addSql(`alter table "parliamentary_group" drop constraint "parliamentary_group_parent_organization_id_foreign";`);
    this.addSql(`alter table "organization_country" drop constraint "organization_country_organization_id_foreign";`);
    this.addSql(`alter table "congress" drop constraint "congress_organization_id_foreign";`);
    this.addSql(`alter table "body" drop constraint "body_organization_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_organization_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_on_behalf_of_id_foreign";`);
    this.addSql(`alter table "event_organizer" drop constraint "event_organizer_organization_id_foreign";`);
    this.addSql(`alter table "reported_figure" drop constraint "reported_figure_organization_id_foreign";`);
    this.addSql(`alter table "partnership_sector" drop constraint "partnership_sector_partnership_id_foreign";`);
    this.addSql(`alter table "parliamentary_group_country" drop constraint "parliamentary_group_country_group_id_foreign";`);
    this.addSql(`alter table "group_membership" drop constraint "group_membership_group_id_foreign";`);
    this.addSql(`alter table "body" drop constraint "body_congress_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_congress_id_foreign";`);
    this.addSql(`alter table "event" drop constraint "event_congress_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_body_id_foreign";`);
    this.addSql(`alter table "participation" drop constraint "participation_event_id_foreign";`);
    this.addSql(`alter table "event_organizer" drop constraint "event_organizer_event_id_foreign";`);
    this.addSql(`alter table "event_country" drop constraint "event_country_event_id_foreign";`);
    this.addSql(`alter table "reported_figure" drop constraint "reported_figure_event_id_foreign";`);
    this.addSql(`alter table "reported_figure" drop constraint "reported_figure_sector_id_foreign";`);
    this.addSql(`alter table "partnership_sector" drop constraint "partnership_sector_sector_id_foreign";`);

    this.addSql(`drop table if exists "country" cascade;`);
    this.addSql(`drop table if exists "legislature" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "ambassador_posting" cascade;`);
    this.addSql(`drop table if exists "province" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "partnership" cascade;`);
    this.addSql(`drop table if exists "parliamentary_group" cascade;`);
    this.addSql(`drop table if exists "parliamentary_group_country" cascade;`);
    this.addSql(`drop table if exists "group_membership" cascade;`);
    this.addSql(`drop table if exists "organization_country" cascade;`);
    this.addSql(`drop table if exists "congress" cascade;`);
    this.addSql(`drop table if exists "body" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "event" cascade;`);
    this.addSql(`drop table if exists "participation" cascade;`);
    this.addSql(`drop table if exists "event_organizer" cascade;`);
    this.addSql(`drop table if exists "event_country" cascade;`);
    this.addSql(`drop table if exists "province_change" cascade;`);
    this.addSql(`drop table if exists "sector" cascade;`);
    this.addSql(`drop table if exists "reported_figure" cascade;`);
    this.addSql(`drop table if exists "partnership_sector" cascade;`);

    this.addSql(`drop type "date_precision";`);
    this.addSql(`drop type "province_level";`);
    this.addSql(`drop type "province_generation";`);
    this.addSql(`drop type "organization_kind";`);
    this.addSql(`drop type "organization_status";`);
    this.addSql(`drop type "partnership_kind";`);
    this.addSql(`drop type "partnership_status";`);
    this.addSql(`drop type "role";`);
    this.addSql(`drop type "body_kind";`);
    this.addSql(`drop type "event_kind";`);
    this.addSql(`drop type "count_qualifier";`);
    this.addSql(`drop type "participation_role";`);
  }

}

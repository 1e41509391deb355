import { Migration } from '@mikro-orm/migrations';

/*
 * Sign-in for people (issue 16): accounts the secretariat creates (role, organization, argon2id password
 * hash) and their sessions, each kept as the SHA-256 of its cookie's token (src/auth/sessions.ts).
 */

export class Migration20261206221207_Accounts extends Migration {

  override name = 'Migration20261206221207_Accounts';

  override up(): void | Promise<void> {
    this.addSql(`create type "account_role" as enum ('SECRETARIAT', 'ASSOCIATION_EDITOR', 'READER');`);
    this.addSql(`create table "account" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(64) not null, "display_name" varchar(200) not null, "role" "account_role" not null, "organization_id" uuid null, "password_hash" varchar(200) not null, "disabled" boolean not null default false, primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);
    this.addSql(`create index "account_organization_id_index" on "account" ("organization_id");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, primary key ("token_hash"));`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`alter table "account" add constraint "account_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete restrict;`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop type "account_role";`);
  }

}

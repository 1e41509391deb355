import { Migration } from '@mikro-orm/migrations';

/** The trigger that keeps the trail append-only, and its function, as this migration creates them (AuditEntry declares it to the ORM with the same text). */
export const AUDIT_APPEND_ONLY_TRIGGER = [
  `create function audit_entry_is_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit records cannot be changed or deleted'; end $$;`,
  `create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function audit_entry_is_append_only();`,
] as const;

export class Migration20261123103727_AuditTrail extends Migration {

  override name = 'Migration20261123103727_AuditTrail';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" uuid not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "actor" varchar(255) not null, "actor_role" varchar(255) not null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" uuid not null, "before" jsonb null, "after" jsonb null, "request_id" varchar(255) null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_actor_index" on "audit_entry" ("actor");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);
    // The trail is append-only: the database itself refuses to change or delete a record.
    for (const statement of AUDIT_APPEND_ONLY_TRIGGER) this.addSql(statement);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_append_only on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_is_append_only();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
  }

}

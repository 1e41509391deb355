import { Migration } from '@mikro-orm/migrations';

/**
 * Two more participation roles: RAPPORTEUR (presented the report the event heard) and CLOSING_SPEAKER
 * (closed the event). The type is made anew rather than extended with `alter type … add value`: a new
 * database migrates and loads the real seed in one transaction (src/db/prepare.ts), and PostgreSQL refuses
 * an enum value added by `add value` until that transaction commits, whereas the values of a type
 * created in the transaction are usable at once.
 */
export class Migration20261203100000_ParticipationRoles extends Migration {

  override name = 'Migration20261203100000_ParticipationRoles';

  override up(): void | Promise<void> {
    this.recreate(['HOST', 'SPEAKER', 'GUEST', 'ATTENDEE', 'AWARDEE', 'RAPPORTEUR', 'CLOSING_SPEAKER']);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "participation" set "role" = 'SPEAKER' where "role" in ('RAPPORTEUR', 'CLOSING_SPEAKER');`);
    this.recreate(['HOST', 'SPEAKER', 'GUEST', 'ATTENDEE', 'AWARDEE']);
  }

  private recreate(values: string[]): void {
    this.addSql(`alter type "participation_role" rename to "participation_role_previous";`);
    this.addSql(`create type "participation_role" as enum (${values.map((v) => `'${v}'`).join(', ')});`);
    this.addSql(`alter table "participation" alter column "role" drop default;`);
    this.addSql(`alter table "participation" alter column "role" type "participation_role" using "role"::text::"participation_role";`);
    this.addSql(`alter table "participation" alter column "role" set default 'ATTENDEE';`);
    this.addSql(`drop type "participation_role_previous";`);
  }

}

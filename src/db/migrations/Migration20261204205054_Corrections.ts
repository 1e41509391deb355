import { Migration } from '@mikro-orm/migrations';

/**
 * Corrections keep history: an event called off is CANCELLED (with a reason), not deleted; a registration
 * withdrawn before it expired keeps its dates and records the day (and reason) of the withdrawal. A new
 * type, so its values are usable in the transaction that creates a database (see ParticipationRoles).
 */
export class Migration20261204205054_Corrections extends Migration {

  override name = 'Migration20261204205054_Corrections';

  override up(): void | Promise<void> {
    this.addSql(`create type "event_status" as enum ('SCHEDULED', 'CANCELLED');`);
    this.addSql(`alter table "event" add "status" "event_status" not null default 'SCHEDULED', add "cancellation_reason" text null;`);

    this.addSql(`alter table "registration" add "withdrawn_on" date null, add "withdrawal_reason" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "event" drop column "status", drop column "cancellation_reason";`);

    this.addSql(`alter table "registration" drop column "withdrawn_on", drop column "withdrawal_reason";`);

    this.addSql(`drop type "event_status";`);
  }

}

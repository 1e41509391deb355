import { Migration } from '@mikro-orm/migrations';

/**
 * One holder at a time for a single-seat role of a body (SINGLE_SEAT_ROLES in membership.enums.ts),
 * held by the database itself so that no interleaving of concurrent appointments can seat two.
 * Spans are closed at both ends (`[]`): a term ending on day D overlaps one starting on D; a successor
 * starts the next day (replaceMember). A null `held_from`/`held_until` is an open end.
 * Roles in an organization itself (no body) are not covered: the historical record attests several of
 * them only by year, with overlapping spans; the mutation serialises those appointments instead.
 */
export class Migration20261202102301_SingleSeat extends Migration {

  override name = 'Migration20261202102301_SingleSeat';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`alter table "membership" add constraint "membership_single_seat" exclude using gist ("body_id" with =, "role" with =, daterange("held_from", "held_until", '[]') with &&) where ("role" in ('PRESIDENT', 'SECRETARY_GENERAL', 'CHAIR', 'HEAD'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "membership" drop constraint if exists "membership_single_seat";`);
  }

}

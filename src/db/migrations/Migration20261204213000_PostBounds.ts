import { Migration } from '@mikro-orm/migrations';

/**
 * Posts whose end no source states but which are known to have ended by a date ("ended_by": a successor
 * is shown in the seat then): the bound ends the span for lists by date (held_until) without confirming
 * any day of it.
 *
 * And a member of a body elected for a term serves within it: a post of such a body with no end, term or
 * bound of its own takes the body's term, as the entity now derives it on every write (Membership
 * .refreshSpan) and as the seed writes the congress terms. The posts written before are given it here.
 */
export class Migration20261204213000_PostBounds extends Migration {

  override name = 'Migration20261204213000_PostBounds';

  override up(): void | Promise<void> {
    this.addSql(`alter table "membership" add column "ended_by_start" date null, add column "ended_by_end" date null, add column "ended_by_precision" "date_precision" null;`);
    this.addSql(`update "membership" as m set
      "term_start_start" = coalesce(m."term_start_start", b."term_start_start"),
      "term_start_end" = case when m."term_start_start" is null then b."term_start_end" else m."term_start_end" end,
      "term_start_precision" = case when m."term_start_start" is null then b."term_start_precision" else m."term_start_precision" end,
      "term_end_start" = b."term_end_start", "term_end_end" = b."term_end_end", "term_end_precision" = b."term_end_precision",
      "held_until" = b."term_end_end"
      from "body" as b
      where b."id" = m."body_id" and b."term_end_start" is not null
        and m."end_date_start" is null and m."term_end_start" is null
        and coalesce(m."start_date_start", m."term_start_start", b."term_end_end") <= b."term_end_end";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "membership" drop column "ended_by_start", drop column "ended_by_end", drop column "ended_by_precision";`);
  }

}

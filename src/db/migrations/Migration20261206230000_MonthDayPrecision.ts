import { Migration } from '@mikro-orm/migrations';

/*
 * A day and month whose year the source does not state ("19 Apr" on a page of 2024 or 2025): the
 * precision MONTH_DAY (PartialDate.monthDay), instead of a day of the earliest year it can be.
 *
 * A value added to an enum (ALTER TYPE ... ADD VALUE) cannot be used before its transaction commits, and
 * the migrations and the seed run in one transaction (db/prepare.ts). So the type is made anew with the
 * value, and every column of the old type (every partial date's precision) moved to it.
 */
const swap = (values: string[], using: string) => `do $$
declare c record;
begin
  alter type "date_precision" rename to "date_precision_replaced";
  create type "date_precision" as enum (${values.map((v) => `'${v}'`).join(', ')});
  for c in select table_schema, table_name, column_name from information_schema.columns where udt_name = 'date_precision_replaced' loop
    execute format('alter table %I.%I alter column %I type "date_precision" using (${using})::"date_precision"', c.table_schema, c.table_name, c.column_name, c.column_name);
  end loop;
  drop type "date_precision_replaced";
end $$;`;

export class Migration20261206230000_MonthDayPrecision extends Migration {

  override name = 'Migration20261206230000_MonthDayPrecision';

  override up(): void | Promise<void> {
    this.addSql(swap(['YEAR', 'MONTH', 'DAY', 'MONTH_DAY'], '%I::text'));
  }

  override down(): void | Promise<void> {
    // a month-day goes back to the day of its earliest year, as it was written before
    this.addSql(`update "event" set "start_date_precision" = 'DAY', "start_date_end" = "start_date_start" where "start_date_precision" = 'MONTH_DAY';`);
    this.addSql(`update "event" set "end_date_precision" = 'DAY', "end_date_end" = "end_date_start" where "end_date_precision" = 'MONTH_DAY';`);
    this.addSql(swap(['YEAR', 'MONTH', 'DAY'], '%I::text'));
  }

}

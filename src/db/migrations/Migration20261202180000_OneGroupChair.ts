import { Migration } from '@mikro-orm/migrations';

/**
 * One sitting chair per parliamentary friendship group, held by the database so that concurrent
 * `addGroupMember(role: CHAIR)` calls cannot seat two. A chair sits until an end date is recorded.
 */
export class Migration20261202180000_OneGroupChair extends Migration {

  override name = 'Migration20261202180000_OneGroupChair';

  override up(): void | Promise<void> {
    this.addSql(`create unique index "group_membership_one_chair" on "group_membership" ("group_id") where ("role" = 'CHAIR' and "end_date_start" is null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "group_membership_one_chair";`);
  }

}

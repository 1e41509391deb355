import { Migration } from '@mikro-orm/migrations';

export class Migration20261123101622_ForeignKeyIndexes extends Migration {

  override name = 'Migration20261123101622_ForeignKeyIndexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "partnership_lead_id_index" on "partnership" ("lead_id");`);
    this.addSql(`create index "partnership_partner_lead_id_index" on "partnership" ("partner_lead_id");`);

    this.addSql(`create index "membership_congress_id_index" on "membership" ("congress_id");`);


  }

  override down(): void | Promise<void> {

    this.addSql(`drop index "membership_congress_id_index";`);

    this.addSql(`drop index "partnership_lead_id_index";`);
    this.addSql(`drop index "partnership_partner_lead_id_index";`);

  }

}

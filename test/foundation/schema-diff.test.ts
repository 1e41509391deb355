import { openOrm } from '../../src/db/orm.js';
import { ENTITIES } from '../../src/modules.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/*
 * `npm run migration:create` diffs the entities against the migrated database and writes what differs.
 * On a database the committed migrations made, it must find nothing: neither the Vietnamese sort key
 * (the function and the generated name_sort columns), nor the audit trail's append-only trigger, nor
 * any foreign key may be dropped or redefined, in the next migration's up or its down.
 */
describe('the entities describe the migrated schema', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('schema_diff');
  });
  afterAll(() => database.drop());

  it('the schema diff of a database migrated from nothing is empty, both ways', async () => {
    const orm = await openOrm(database.url, ENTITIES);
    try {
      await orm.migrator.up();
      expect(await orm.schema.getUpdateSchemaMigrationSQL({ wrap: false })).toEqual({ up: '', down: '' });
      // and what it describes is there: the function the name_sort columns are computed with, the trigger
      const em = orm.em.fork();
      expect(await em.execute(`select vietnamese_sort_key('Anh') < vietnamese_sort_key('Ấn Độ') as sorted`)).toEqual([{ sorted: true }]);
      expect(await em.execute(`select trigger_name from information_schema.triggers where event_object_table = 'audit_entry' group by trigger_name`)).toEqual([{ trigger_name: 'audit_entry_append_only' }]);
    } finally {
      await orm.close(true);
    }
  });
});

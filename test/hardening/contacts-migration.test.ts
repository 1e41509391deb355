import { openOrm } from '../../src/db/orm.js';
import { ENTITIES } from '../../src/modules.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** Issue 10, item 4: the contact details already recorded move to contact points of the secretariat. */
describe('migration ContactPoints', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('contacts_migration');
  });
  afterAll(() => database.drop());

  it('moves person.email and person.phone to contact points of the secretariat, drops the columns, and back', async () => {
    const orm = await openOrm(database.url, ENTITIES);
    try {
      await orm.migrator.up({ to: 'Migration20261202102301_SingleSeat' });
      const em = orm.em.fork();
      await em.execute(`insert into person (id, version, created_at, updated_at, source_citations, full_name, search_name, email, phone) values
        ('00000000-0000-4000-8000-000000000001', 1, now(), now(), '{fixture}', 'Có Cả Hai', 'co ca hai', 'hai@example.org', '+84 24 1111 2222'),
        ('00000000-0000-4000-8000-000000000002', 1, now(), now(), '{fixture}', 'Chỉ Thư', 'chi thu', 'thu@example.org', null),
        ('00000000-0000-4000-8000-000000000003', 1, now(), now(), '{fixture}', 'Không Có', 'khong co', null, null)`);
      await orm.migrator.up();

      const points = await em.execute(`select person_id, organization_id, kind, value from contact_point order by person_id, kind`);
      expect(points).toEqual([
        { person_id: '00000000-0000-4000-8000-000000000001', organization_id: null, kind: 'EMAIL', value: 'hai@example.org' },
        { person_id: '00000000-0000-4000-8000-000000000001', organization_id: null, kind: 'PHONE', value: '+84 24 1111 2222' },
        { person_id: '00000000-0000-4000-8000-000000000002', organization_id: null, kind: 'EMAIL', value: 'thu@example.org' },
      ]);
      const columns = await em.execute(`select column_name from information_schema.columns where table_name = 'person' and column_name in ('email', 'phone')`);
      expect(columns).toEqual([]);

      await orm.migrator.down({ to: 'Migration20261202102301_SingleSeat' });
      const back = await em.execute(`select full_name, email, phone from person order by id`);
      expect(back).toEqual([
        { full_name: 'Có Cả Hai', email: 'hai@example.org', phone: '+84 24 1111 2222' },
        { full_name: 'Chỉ Thư', email: 'thu@example.org', phone: null },
        { full_name: 'Không Có', email: null, phone: null },
      ]);
    } finally {
      await orm.close(true);
    }
  });
});

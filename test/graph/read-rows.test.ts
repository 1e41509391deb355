import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import { findRows } from '../../src/db/rows.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * The read path builds objects from rows without MikroORM's hydration (src/db/rows.ts). For every table of
 * the seeded directory, each property must come out as the ORM would give it: the same scalars and dates,
 * `{ id }` for a many-to-one, the same embedded partial dates, and the class's own getters working.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('read_rows');
});
afterAll(() => server.stop());

const comparable = (value: unknown): unknown => {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'id' in (value as object) && typeof (value as { id: unknown }).id === 'string') return { id: (value as { id: string }).id };
  if (typeof value === 'object' && !Array.isArray(value)) return { ...(value as object) };
  return value;
};

it('every table’s rows read as the ORM hydrates them', async () => {
  const em = server.app.database.orm.em.fork();
  const metas = [...em.getMetadata().getAll().values()].filter((m: EntityMetadata) => !m.embeddable && !m.virtual && m.class && m.primaryKeys.length === 1 && m.primaryKeys[0] === 'id');
  let compared = 0;
  for (const meta of metas) {
    const entity = meta.class as never;
    const hydrated = (await em.fork().find(entity, {}, { orderBy: { id: 'asc' }, limit: 40 })) as Record<string, unknown>[];
    const read = (await findRows(em, entity, { id: { $in: hydrated.map((h) => h.id) } } as never, { id: 'asc' } as never)) as Record<string, unknown>[];
    expect(read.length).toBe(hydrated.length);
    read.forEach((row, i) => {
      expect(row).toBeInstanceOf(meta.class);
      for (const prop of meta.props) {
        if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY || prop.embedded || prop.persist === false) continue;
        expect({ [`${meta.className}.${prop.name}`]: comparable(row[prop.name]) }).toEqual({ [`${meta.className}.${prop.name}`]: comparable(hydrated[i][prop.name]) });
      }
      if ('globalId' in hydrated[i]) expect(row.globalId).toBe(hydrated[i].globalId);
      compared++;
    });
  }
  expect(compared).toBeGreaterThan(200);
});

import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Names that two units share: before 1 July 2025 "Tuyên Quang" (and "Lào Cai") named the old province,
 * from then on the new one that also took in Hà Giang (and Yên Bái). Three NGOs per pair:
 *   "<name> old" recorded on the old unit of that name, "<merged> old" on the old unit merged into it,
 *   "<name> new" on the new unit.
 */
const PAIRS = [
  { name: 'Tuyên Quang', key: 'tuyen-quang', merged: 'Hà Giang', mergedKey: 'ha-giang-pre2025' },
  { name: 'Lào Cai', key: 'lao-cai', merged: 'Yên Bái', mergedKey: 'yen-bai-pre2025' },
];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer('behaviour_geography');
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    for (const pair of PAIRS) {
      for (const [label, key] of [[`${pair.name} old`, `${pair.key}-pre2025`], [`${pair.merged} old`, pair.mergedKey], [`${pair.name} new`, pair.key]]) {
        const ngo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: `NGO ${label}`, ...src });
        tx.create(InterventionArea, { organization: ngo, province: await tx.findOneOrFail(Province, { key }), ...src });
      }
    }
    await tx.flush();
  });
});
afterAll(() => server.stop());

const Q = 'query($p: String!, $on: Date) { foreignNgos(first: 50, filter: { province: $p, geographyOn: $on }) { edges { node { name } } } }';
async function ngosIn(province: string, on: string): Promise<string[]> {
  const { body } = await server.gql(Q, { p: province, on });
  expect(body.errors).toBeUndefined();
  return body.data.foreignNgos.edges.map((e: any) => e.node.name).sort();
}

describe('a province name shared by an old and a new unit', () => {
  it.each(PAIRS)('$name before the merger is the old unit alone, not the first match', async ({ name }) => {
    expect(await ngosIn(name, '2025-06-30')).toEqual([`NGO ${name} old`]);
    expect(await ngosIn(name, '2020-01-01')).toEqual([`NGO ${name} old`]);
  });

  it.each(PAIRS)('$name from the merger on is the new unit with every old unit merged into it', async ({ name, merged }) => {
    expect(await ngosIn(name, '2025-07-01')).toEqual([`NGO ${merged} old`, `NGO ${name} new`, `NGO ${name} old`].sort());
  });

  it.each(PAIRS)('$merged, an old name only, is the old unit before the merger and the new unit after', async ({ name, merged }) => {
    expect(await ngosIn(merged, '2025-06-30')).toEqual([`NGO ${merged} old`]);
    expect(await ngosIn(merged, '2025-07-01')).toEqual([`NGO ${merged} old`, `NGO ${name} new`, `NGO ${name} old`].sort());
  });
});

import { InterventionArea } from '../../src/modules/ngo/intervention-area.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Finding a province the way a user types it (a former name, an English name, a key, a code) and
 * answering in the geography of a date: one NGO recorded on each of the old Huế, the new Huế, the old
 * Hồ Chí Minh City and the old Bình Dương (merged into Hồ Chí Minh City on 1 July 2025).
 */
const RECORDED = { 'hue-pre2025': 'NGO Huế old', hue: 'NGO Huế new', 'ho-chi-minh-city-pre2025': 'NGO HCMC old', 'binh-duong-pre2025': 'NGO Bình Dương old' };
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer('mutation_geography');
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    for (const [key, nameEn] of Object.entries(RECORDED)) {
      const ngo = tx.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn, sourceCitations: ['fixture'] });
      tx.create(InterventionArea, { organization: ngo, province: await tx.findOneOrFail(Province, { key }), sourceCitations: ['fixture'] });
    }
  });
});
afterAll(() => server.stop());

const Q = 'query($p: String!, $on: Date) { foreignNgos(first: 50, filter: { province: $p, geographyOn: $on }) { edges { node { name } } } }';
async function ngosIn(province: string, on: string): Promise<string[]> {
  const { body } = await server.gql(Q, { p: province, on });
  expect(body.errors).toBeUndefined();
  return body.data.foreignNgos.edges.map((e: any) => e.node.name).filter((n: string) => Object.values(RECORDED).includes(n)).sort();
}

describe('a province as the user names it', () => {
  it('a former name (an alias) is the old unit before the merger, and the unit it became after', async () => {
    expect(await ngosIn('Thừa Thiên Huế', '2025-06-30')).toEqual(['NGO Huế old']);
    expect(await ngosIn('thua thien hue', '2025-07-01')).toEqual(['NGO Huế new', 'NGO Huế old']);
  });

  it('an English name, matched as the last words of the name, answers in the geography of the date', async () => {
    expect(await ngosIn('Ho Chi Minh City', '2025-06-30')).toEqual(['NGO HCMC old']);
    expect(await ngosIn('Ho Chi Minh City', '2025-07-01')).toEqual(['NGO Bình Dương old', 'NGO HCMC old']);
  });

  it('a key of an abolished unit, in a later geography, is the unit that took it over with all it merged', async () => {
    expect(await ngosIn('binh-duong-pre2025', '2025-06-30')).toEqual(['NGO Bình Dương old']);
    expect(await ngosIn('binh-duong-pre2025', '2026-01-01')).toEqual(['NGO Bình Dương old', 'NGO HCMC old']);
    expect(await ngosIn('hue-pre2025', '2026-01-01')).toEqual(['NGO Huế new', 'NGO Huế old']);
  });

  it('a code two units share is the one valid on the date', async () => {
    expect(await ngosIn('79', '2025-06-30')).toEqual(['NGO HCMC old']);
    expect(await ngosIn('79', '2025-07-01')).toEqual(['NGO Bình Dương old', 'NGO HCMC old']);
  });

  it('a name of nothing but spaces and punctuation is refused naming the province; an unknown one is NOT_FOUND', async () => {
    const empty = await server.gql(Q, { p: ' – ', on: '2025-07-01' });
    expect(empty.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.province', message: 'empty' }] });
    const unknown = await server.gql(Q, { p: 'Atlantis', on: '2025-07-01' });
    expect(unknown.body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

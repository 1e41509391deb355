import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { AidRecord } from '../../src/modules/ngo/aid-record.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Province } from '../../src/modules/province/province.entity.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, item 1 (NGO intervention areas and aid records): the secretariat's sheets for many NGOs at once,
 * each row naming its NGO. Provinces are read on the row's dates (Bình Dương exists in 2024, not in 2026);
 * the run writes all or nothing, a second import changes nothing, and only the secretariat imports them.
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

const csv = (rows: string[][]) => `${rows.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')).join('\n')}\n`;
const AID = csv([
  ['Tổ chức', 'Năm', 'Số tiền (USD)', 'Lĩnh vực', 'Tỉnh/thành phố', 'Nguồn'],
  ['Quy Nuoc Sach', '2024', '12500', 'Y tế', 'Bình Dương', 'Báo cáo PACCOM 2024'], // CREATE, province of 2024
  ['Quỹ Nước Sạch', '2024', '15,000.50', 'health-care', 'Hà Nội', 'Báo cáo PACCOM 2024'], // UPDATE of 10000 (Hà Nội as it was in 2024)
  ['Quỹ Nước Sạch', '2023', '8000', '', '', ''], // UNCHANGED
  ['Hội Khác', '2024', '100', '', '', ''], // row 5: not a foreign NGO
  ['Quỹ Nước Sạch', '2026', '500', '', 'Bình Dương', ''], // row 6: Bình Dương no longer exists in 2026
  ['Quỹ Nước Sạch', '2024', 'năm nghìn', '', '', ''], // row 7: not an amount
]);
const AREAS = csv([
  ['NGO', 'Province', 'Sector', 'Since'],
  ['Quỹ Nước Sạch', 'Hà Nội', 'Y tế', ''], // CREATE
  ['Quỹ Nước Sạch', 'Bình Dương', '', '2024'], // CREATE on the unit of 2024
  ['Quỹ Nước Sạch', 'Bình Dương', '', ''], // row 4: abolished today
]);

async function post(path: string, body: string, who?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'text/csv', ...(who ? { authorization: `Bearer ${token[who]}` } : {}) } });
  return { status: response.status, body: await response.json() };
}
async function read(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${token.secretariat}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}
const records = async () => {
  const { node } = await read(
    'query($id: ID!) { node(id: $id) { ... on ForeignNgo { aidRecords(first: 50) { nodes { year amountUsd sector { key } province { key } } } interventionAreas(first: 50) { nodes { province { key } sector { key } } } } } }',
    { id: id.ngo },
  );
  return {
    aid: node.aidRecords.nodes.map((r: any) => `${r.year} ${r.amountUsd} ${r.sector?.key ?? '-'} ${r.province?.key ?? '-'}`).sort(),
    areas: node.interventionAreas.nodes.map((a: any) => `${a.province.key} ${a.sector?.key ?? '-'}`).sort(),
  };
};

beforeAll(async () => {
  server = await startTestServer('ngo_import', { seed: false });
  const em = server.app.database.orm.em.fork();
  const src = { sourceCitations: ['fixture'] };
  const ngo = em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameVi: 'Quỹ Nước Sạch', nameEn: 'Clean Water Fund', ...src });
  const association = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Khác', ...src });
  const [health, hanoi] = [await em.findOneOrFail(Sector, { key: 'health-care' }), await em.findOneOrFail(Province, { key: 'ha-noi-pre2025' })];
  em.create(AidRecord, { organization: ngo, year: 2024, amountUsd: 10000, sector: health, province: hanoi, ...src });
  em.create(AidRecord, { organization: ngo, year: 2023, amountUsd: 8000, ...src });
  await em.flush();
  id.ngo = toGlobalId('Organization', ngo.id);
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor', organizationId: association.id });
});
afterAll(() => server.stop());

describe('aid records import: 6 rows, 3 bad', () => {
  it('the dry run reads each province in the row’s year, names the bad rows and their columns, and writes nothing', async () => {
    const before = await records();
    const { status, body } = await post('/import/ngos/aid-records', AID, 'secretariat');
    expect(status).toBe(200);
    expect(body.import).toMatchObject({ dryRun: true, written: false, into: { id: null } });
    expect(body.summary).toMatchObject({ rows: 6, create: 1, update: 1, unchanged: 1, invalid: 3 });
    expect(body.problems.map((p: any) => [p.row, p.column, p.value])).toEqual([[5, 'Tổ chức', 'Hội Khác'], [6, 'Tỉnh/thành phố', 'Bình Dương'], [7, 'Số tiền (USD)', 'năm nghìn']]);
    expect(body.problems[1].message).toMatch(/no longer existed.*ho-chi-minh-city/);
    expect(body.rows[0]).toMatchObject({ action: 'CREATE', ngo: 'Quỹ Nước Sạch', year: 2024, amountUsd: 12500, sector: 'health-care', province: 'binh-duong-pre2025' });
    expect(body.rows[1]).toMatchObject({ action: 'UPDATE', changes: ['amountUsd'], amountUsd: 15000.5 });
    expect(await records()).toEqual(before);
  });

  it('the run refuses the file while a bad row is in it, writes the good rows with the bad excluded, and changes nothing the second time', async () => {
    const refused = await post('/import/ngos/aid-records?dryRun=false', AID, 'secretariat');
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect((await records()).aid).toEqual(['2023 8000 - -', '2024 10000 health-care ha-noi-pre2025']);
    const run = await post('/import/ngos/aid-records?dryRun=false&exclude=5,6,7', AID, 'secretariat');
    expect(run.status).toBe(200);
    const after = await records();
    expect(after.aid).toEqual(['2023 8000 - -', '2024 12500 health-care binh-duong-pre2025', '2024 15000.5 health-care ha-noi-pre2025']);
    const again = await post('/import/ngos/aid-records?dryRun=false&exclude=5,6,7', AID, 'secretariat');
    expect(again.body.summary).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    expect(await records()).toEqual(after);
  });

  it('only the secretariat imports NGO records', async () => {
    const editor = await post('/import/ngos/aid-records', AID, 'editor');
    expect([editor.status, editor.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const areas = await post('/import/ngos/intervention-areas', AREAS, 'editor');
    expect(areas.status).toBe(403);
  });
});

describe('intervention areas import', () => {
  it('reads the province on the row’s date (today when none): Bình Dương since 2024 is the old unit, today it is refused', async () => {
    const dry = await post('/import/ngos/intervention-areas', AREAS, 'secretariat');
    expect(dry.body.summary).toMatchObject({ rows: 3, create: 2, invalid: 1 });
    expect(dry.body.problems.map((p: any) => [p.row, p.column])).toEqual([[4, 'Province']]);
    const run = await post('/import/ngos/intervention-areas?dryRun=false&exclude=4', AREAS, 'secretariat');
    expect(run.status).toBe(200);
    expect((await records()).areas).toEqual(['binh-duong-pre2025 -', 'ha-noi health-care']);
    const again = await post('/import/ngos/intervention-areas?dryRun=false&exclude=4', AREAS, 'secretariat');
    expect(again.body.summary).toMatchObject({ create: 0, unchanged: 2 });
  });
});

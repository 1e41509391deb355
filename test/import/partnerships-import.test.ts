import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, item 1 (partnerships): an association's list of partners as a spreadsheet, 8 rows, 3 bad. The
 * partners are found by name without diacritics; the dry run names the bad rows and columns; the run writes
 * all or nothing (or the good rows, the bad excluded); a second import changes nothing; an editor imports
 * for its own association only. Progress lines for a client that asks for them.
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;
const FILE = csv([
  ['Đối tác', 'Loại', 'Trạng thái', 'Từ', 'Lĩnh vực', 'Ghi chú', 'Nguồn'],
  ['Cong ty Hoa Sen', 'mới', 'đang hợp tác', '03/2024', 'Y tế', '', 'Biên bản 2024'], // matched without diacritics
  ['Quỹ Bạn Bè', 'truyền thống', '', '2019', '', 'since the 2019 congress', 'Báo cáo 2019'], // status default: active
  ['Trường Sông Xanh', '', 'đã ngừng', '', '', '', ''], // already recorded: its status changes
  ['Công ty Không Có', 'mới', '', '', '', '', ''], // row 5: no such partner
  ['Quỹ Bạn Bè', 'mới', '', '', '', '', ''], // row 6: the same partner twice
  ['Tổ chức Thứ Năm', 'thân thiết', '', '', '', '', ''], // row 7: not a kind
  ['SRV', 'new', 'active', '2025-01-15', 'health-care', '', 'letter 2025'], // by abbreviation, English words
]);

async function post(path: string, body: string, who?: string, accept?: string): Promise<{ status: number; body: any; text: string }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST', body, headers: { 'content-type': 'text/csv', ...(accept ? { accept } : {}), ...(who ? { authorization: `Bearer ${token[who]}` } : {}) },
  });
  const text = await response.text();
  return { status: response.status, text, body: accept?.includes('ndjson') ? null : JSON.parse(text) };
}
const into = (query = '', organization = id.own) => `/import/organizations/${organization}/partnerships${query}`;
async function read(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${token.secretariat}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}
const partners = async () =>
  (await read('query($id: ID!) { node(id: $id) { ... on FriendshipAssociation { partnerships(first: 50, filter: { statuses: [ACTIVE, PROSPECT, LAPSED] }) { nodes { partnerOrganization { name } kind status since { text } sectors { key } } } } } }', { id: id.own })).node.partnerships.nodes
    .map((p: any) => `${p.partnerOrganization.name} ${p.kind} ${p.status} ${p.since?.text ?? '-'} ${p.sectors.map((s: any) => s.key).join(';')}`)
    .sort();
const auditCount = async () => (await read('{ auditTrail(first: 1) { totalCount } }')).auditTrail.totalCount;

beforeAll(async () => {
  server = await startTestServer('partnerships_import', { seed: false });
  const em = server.app.database.orm.em.fork();
  const src = { sourceCitations: ['fixture'] };
  const own = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Hữu nghị Thử', ...src });
  const other = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Khác', ...src });
  em.create(Organization, { kind: OrganizationKind.BUSINESS, nameVi: 'Công ty Hoa Sen', ...src });
  em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameVi: 'Quỹ Bạn Bè', nameEn: 'Friends Fund', ...src });
  const school = em.create(Organization, { kind: OrganizationKind.BUSINESS, nameVi: 'Trường Sông Xanh', ...src });
  em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameVi: 'Tổ chức Thứ Năm', ...src });
  em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Save the Rivers', abbreviation: 'SRV', ...src });
  em.create(Partnership, { organization: own, partnerOrganization: school, kind: PartnershipKind.TRADITIONAL, status: PartnershipStatus.ACTIVE, since: PartialDate.parse('2015'), ...src });
  await em.flush();
  Object.assign(id, { own: toGlobalId('Organization', own.id), other: toGlobalId('Organization', other.id) });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  token.editorOwn = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-own', organizationId: own.id });
  token.editorOther = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-other', organizationId: other.id });
});
afterAll(() => server.stop());

describe('partnership import: 8 rows, 3 bad', () => {
  it('the dry run finds partners by name without diacritics, names the bad rows and their columns, and writes nothing', async () => {
    const [before, audit] = [await partners(), await auditCount()];
    const { status, body } = await post(into(), FILE, 'editorOwn');
    expect(status).toBe(200);
    expect(body.import).toMatchObject({ dryRun: true, written: false, into: { id: id.own, name: 'Hội Hữu nghị Thử' } });
    expect(body.summary).toMatchObject({ rows: 7, create: 3, update: 1, unchanged: 0, invalid: 3 });
    expect(body.problems.map((p: any) => [p.row, p.column, p.value])).toEqual([[5, 'Đối tác', 'Công ty Không Có'], [6, 'Đối tác', 'Quỹ Bạn Bè'], [7, 'Loại', 'thân thiết']]);
    expect(body.problems[1].message).toContain('row 3');
    expect(body.rows.find((r: any) => r.row === 2)).toMatchObject({ action: 'CREATE', partner: 'Công ty Hoa Sen', kind: 'NEW', status: 'ACTIVE', since: '2024-03' });
    expect(body.rows.find((r: any) => r.row === 4)).toMatchObject({ action: 'UPDATE', changes: ['status'], status: 'LAPSED', since: '2015' });
    expect([await partners(), await auditCount()]).toEqual([before, audit]);
  });

  it('the run refuses the whole file while a bad row is in it; with them excluded it writes the rest, audited with the import', async () => {
    const refused = await post(into('?dryRun=false'), FILE, 'editorOwn');
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await partners()).toEqual(['Trường Sông Xanh TRADITIONAL ACTIVE 2015 ']);
    const { status, body } = await post(into('?dryRun=false&exclude=5,6,7'), FILE, 'editorOwn');
    expect(status).toBe(200);
    expect(body.import.written).toBe(true);
    expect(await partners()).toEqual([
      'Công ty Hoa Sen NEW ACTIVE 2024-03 health-care',
      'Quỹ Bạn Bè TRADITIONAL ACTIVE 2019 ',
      'Save the Rivers NEW ACTIVE 2025-01-15 health-care',
      'Trường Sông Xanh TRADITIONAL LAPSED 2015 ',
    ].sort());
    const { auditTrail: { nodes } } = await read('{ auditTrail(first: 100) { nodes { entityType action requestId } } }');
    expect(nodes.filter((e: any) => e.requestId === body.import.id).map((e: any) => `${e.action} ${e.entityType}`).sort()).toEqual(['CREATE Partnership', 'CREATE Partnership', 'CREATE Partnership', 'UPDATE Partnership']);
  });

  it('a second import of the same file changes nothing', async () => {
    const [before, audit] = [await partners(), await auditCount()];
    const { status, body } = await post(into('?dryRun=false&exclude=5,6,7'), FILE, 'editorOwn');
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ create: 0, update: 0, unchanged: 4, excluded: 3 });
    expect([await partners(), await auditCount()]).toEqual([before, audit]);
  });

  it('an editor of another association is refused, also for a dry run; the public must sign in', async () => {
    const other = await post(into(), FILE, 'editorOther');
    expect([other.status, other.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await post(into(), FILE);
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('a client that accepts only NDJSON gets a progress line per stage, then the report', async () => {
    const { status, text } = await post(into('?exclude=5,6,7'), FILE, 'editorOwn', 'application/x-ndjson');
    expect(status).toBe(200);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.slice(0, -1).map((l) => l.progress.stage)).toEqual(['RECEIVED', 'READ', 'PLANNED']);
    expect(lines[1].progress.rows).toBe(7);
    expect(lines.at(-1).summary).toMatchObject({ rows: 7, unchanged: 4, excluded: 3 });
  });
});

import ExcelJS from 'exceljs';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, item 1 (rosters): a roster spreadsheet of 30 rows, 3 of them bad. The dry run names the 3 rows
 * and their columns and writes nothing; the run refuses the whole file while a bad row is in it, and writes
 * the 27 good rows only when the caller excludes the bad ones, in one transaction, audited with the import's
 * ID; a second import of the same file changes nothing; an editor importing for another organization is
 * refused; XLSX reads as CSV does; the roster CSV export imports back unchanged.
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

const HEADER = ['Họ tên', 'Chức vụ', 'Ban', 'Từ ngày', 'Đến ngày', 'Nguồn'];
type Line = [string, string, string, string, string, string];
const SOURCE = 'Nghị quyết Đại hội lần thứ III, 17/03/2023';
const ROWS: Line[] = [
  ['Nguyễn Văn Chủ', 'Chủ tịch', 'Ban Chấp hành', '17/03/2023', '', SOURCE],
  ['Trần Thị Phó', 'Phó Chủ tịch', 'Ban Chấp hành', '2023-03-17', '', SOURCE],
  ['Lê Văn Phó', 'Vice-President', 'Ban Chấp hành', '17/03/2023', '', SOURCE],
  ['Phạm Thị Thư', 'Tổng Thư ký', 'Ban Chấp hành', '03/2023', '', SOURCE],
  ...Array.from({ length: 26 }, (_, i): Line => [`Ủy Viên Số ${String(i + 1).padStart(2, '0')}`, i % 2 ? 'Ủy viên' : 'MEMBER', 'Ban Chấp hành', '2023', '', SOURCE]),
];
// Rows of the file (1: header, so data row i is row i + 2): three bad ones.
ROWS[7] = ['Ủy Viên Sai Ngày', 'Ủy viên', 'Ban Chấp hành', '31/02/2023', '', SOURCE]; // row 9: no such day
ROWS[15] = ['Ủy Viên Sai Chức', 'Thủ quỹ', 'Ban Chấp hành', '2023', '', SOURCE]; // row 17: no such role
ROWS[22] = ['Ủy Viên Sai Hạn', 'Ủy viên', 'Ban Chấp hành', '2023', '2020', SOURCE]; // row 24: ends before it starts
const BAD = [9, 17, 24];

const csv = (header: string[], rows: string[][]) => `\uFEFF${[header, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;
const FILE = csv(HEADER, ROWS);

async function post(path: string, body: string | Buffer, who?: string, type = 'text/csv'): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body: body as RequestInit['body'], headers: { 'content-type': type, ...(who ? { authorization: `Bearer ${token[who]}` } : {}) } });
  return { status: response.status, body: await response.json() };
}
const importInto = (org: string, query = '') => `/import/organizations/${id[org]}/roster${query}`;

async function read(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${token.secretariat}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}
const rosterNames = async () =>
  (await read('query($id: ID!) { node(id: $id) { ... on Body { members(asOf: "2024-06-01", first: 100) { edges { role node { fullName } } } } } }', { id: id.body })).node.members.edges.map((e: any) => `${e.node.fullName} ${e.role}`).sort();
const auditCount = async () => (await read('{ auditTrail(first: 1) { totalCount } }')).auditTrail.totalCount;
const personCount = async () => server.app.database.orm.em.fork().count(Person, {});

beforeAll(async () => {
  server = await startTestServer('roster_import', { seed: false });
  const em = server.app.database.orm.em.fork();
  const src = { sourceCitations: ['fixture'] };
  const own = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Hữu nghị Nhập Thử', nameEn: 'Import Test Friendship Association', ...src });
  const other = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Khác', ...src });
  const body = em.create(Body, { organization: own, kind: BodyKind.EXECUTIVE_COMMITTEE, termStart: PartialDate.parse('2023'), termEnd: PartialDate.parse('2028'), size: 35, ...src });
  // Already in the directory, written without diacritics in the file of the mapping test
  em.create(Person, { fullName: 'Đỗ Thị Đã Có', ...src });
  await em.flush();
  Object.assign(id, { own: toGlobalId('Organization', own.id), other: toGlobalId('Organization', other.id), body: toGlobalId('Body', body.id) });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  token.editorOwn = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-own', organizationId: own.id });
  token.editorOther = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-other', organizationId: other.id });
  token.reader = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: own.id });
});
afterAll(() => server.stop());

describe('roster import: 30 rows, 3 bad', () => {
  it('the dry run (the default) names the 3 bad rows and their columns, says what the rest would do, and writes nothing', async () => {
    const [persons, audit] = [await personCount(), await auditCount()];
    const { status, body } = await post(importInto('own'), FILE, 'secretariat');
    expect(status).toBe(200);
    expect(body.import).toMatchObject({ dryRun: true, written: false, into: { id: id.own, name: 'Hội Hữu nghị Nhập Thử' }, file: { rows: 30, headerRow: 1 } });
    expect(body.import.file.columns).toEqual({ person: 'Họ tên', role: 'Chức vụ', body: 'Ban', start: 'Từ ngày', end: 'Đến ngày', sources: 'Nguồn' });
    expect(body.summary).toMatchObject({ rows: 30, create: 27, update: 0, unchanged: 0, invalid: 3, excluded: 0 });
    expect(body.summary.newPersons).toHaveLength(27);
    expect(body.problems.map((p: any) => [p.row, p.column, p.value])).toEqual([
      [9, 'Từ ngày', '31/02/2023'],
      [17, 'Chức vụ', 'Thủ quỹ'],
      [24, 'Đến ngày', '2020'],
    ]);
    expect(body.problems[0].message).toMatch(/not a day of the calendar/);
    expect(body.problems[1].message).toMatch(/not a role: write one of Chủ tịch/);
    expect(body.problems[2].message).toMatch(/before the start/);
    expect(body.rows.filter((r: any) => r.action === 'INVALID').map((r: any) => r.row)).toEqual(BAD);
    expect(body.rows.find((r: any) => r.row === 2)).toMatchObject({ action: 'CREATE', person: 'Nguyễn Văn Chủ', role: 'PRESIDENT', body: 'Ban Chấp hành 2023–2028', start: '2023-03-17', newPerson: true });
    expect(body.rows.find((r: any) => r.row === 5)).toMatchObject({ role: 'SECRETARY_GENERAL', start: '2023-03' });
    expect([await personCount(), await auditCount()]).toEqual([persons, audit]);
    expect(await rosterNames()).toEqual([]);
  });

  it('the run refuses the whole file while a bad row is in it: nothing written', async () => {
    const [persons, audit] = [await personCount(), await auditCount()];
    const { status, body } = await post(importInto('own', '?dryRun=false'), FILE, 'secretariat');
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('exclude=9,17,24') });
    expect(body.import.written).toBe(false);
    expect(body.problems.map((p: any) => p.row)).toEqual(BAD);
    expect([await personCount(), await auditCount()]).toEqual([persons, audit]);
    expect(await rosterNames()).toEqual([]);
  });

  it('the run with the bad rows excluded writes the 27 good rows, all in one transaction, audited with the import’s ID', async () => {
    const { status, body } = await post(importInto('own', '?dryRun=false&exclude=9,17,24'), FILE, 'secretariat');
    expect(status).toBe(200);
    expect(body.import.written).toBe(true);
    expect(body.summary).toMatchObject({ create: 27, invalid: 0, excluded: 3 });
    const roster = await rosterNames();
    expect(roster).toHaveLength(27);
    expect(roster).toEqual(expect.arrayContaining(['Nguyễn Văn Chủ PRESIDENT', 'Trần Thị Phó VICE_PRESIDENT', 'Lê Văn Phó VICE_PRESIDENT', 'Phạm Thị Thư SECRETARY_GENERAL', 'Ủy Viên Số 01 MEMBER']));
    expect(roster.join()).not.toMatch(/Sai/);
    const { auditTrail: { nodes: auditTrail } } = await read('{ auditTrail(first: 100) { nodes { entityType action requestId after } } }');
    const ofImport = auditTrail.filter((e: any) => e.requestId === body.import.id);
    expect(ofImport.filter((e: any) => e.entityType === 'Membership')).toHaveLength(27);
    expect(ofImport.filter((e: any) => e.entityType === 'Person')).toHaveLength(27);
    // each post cites the row's source and the import
    const { node } = await read('query($id: ID!) { node(id: $id) { ... on Membership { sources { citation } startDate { text precision } } } }', { id: body.rows.find((r: any) => r.row === 2).membershipId });
    expect(node.sources.map((s: any) => s.citation)).toEqual([SOURCE, `imported from a spreadsheet through the Amity API by the Union’s secretariat (import ${body.import.id})`]);
    expect(node.startDate).toEqual({ text: '2023-03-17', precision: 'DAY' });
  });

  it('a second import of the same file changes nothing', async () => {
    const [persons, audit, roster] = [await personCount(), await auditCount(), await rosterNames()];
    const { status, body } = await post(importInto('own', '?dryRun=false&exclude=9,17,24'), FILE, 'secretariat');
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ create: 0, update: 0, unchanged: 27, excluded: 3, newPersons: [] });
    expect([await personCount(), await auditCount(), await rosterNames()]).toEqual([persons, audit, roster]);
  });

  it('an editor importing for another organization is refused; a reader too; the public must sign in; nothing written', async () => {
    const audit = await auditCount();
    for (const [who, status, code] of [['editorOther', 403, 'FORBIDDEN'], ['reader', 403, 'FORBIDDEN'], [undefined, 401, 'UNAUTHENTICATED']] as const) {
      for (const query of ['', '?dryRun=false&exclude=9,17,24']) {
        const answer = await post(importInto('own', query), FILE, who);
        expect([answer.status, answer.body.errors?.[0].extensions.code]).toEqual([status, code]);
      }
    }
    expect(await auditCount()).toBe(audit);
  });

  it('an editor imports for its own organization, but adds no person: an unknown name is a problem of its row', async () => {
    const file = csv(['person', 'role', 'body', 'start'], [['Nguyễn Văn Chủ', 'President', 'Ban Chấp hành', '17/03/2023'], ['Người Chưa Có', 'Member', 'Ban Chấp hành', '2024']]);
    const { status, body } = await post(importInto('own'), file, 'editorOwn');
    expect(status).toBe(200);
    expect(body.rows.map((r: any) => [r.row, r.action])).toEqual([[2, 'UNCHANGED'], [3, 'INVALID']]);
    expect(body.problems).toEqual([{ row: 3, column: 'person', value: 'Người Chưa Có', message: expect.stringMatching(/ask the secretariat/) }]);
  });

  it('reads XLSX as it reads CSV: date cells, the same rows and problems', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(HEADER);
    for (const row of ROWS) sheet.addRow(row.map((cell, i) => (i === 3 && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell)));
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { status, body } = await post(importInto('own'), bytes, 'secretariat', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ rows: 30, create: 0, unchanged: 27, invalid: 3 });
    expect(body.problems.map((p: any) => [p.row, p.column])).toEqual([[9, 'Từ ngày'], [17, 'Chức vụ'], [24, 'Đến ngày']]);
  });

  it('the roster CSV export imports back unchanged (its own headers; its comment line skipped)', async () => {
    const exported = await (await fetch(`${server.url}/export/bodies/${id.body}/roster.csv?asOf=2024-06-01`)).text();
    expect(exported.startsWith('# ')).toBe(true);
    const { status, body } = await post(importInto('own'), exported, 'secretariat');
    expect(status).toBe(200);
    expect(body.problems).toEqual([]);
    expect(body.summary).toMatchObject({ rows: 27, unchanged: 27, create: 0, update: 0 });
  });

  it('a mapping names a column the importer does not know; names match without diacritics; an end updates the post', async () => {
    const file = csv(['Tên đại biểu', 'Chức vụ', 'Ban', 'Từ ngày', 'Đến ngày'], [['NGUYEN VAN CHU', 'Chủ tịch', 'ban chap hanh', '17.03.2023', '31/12/2025'], ['do thi da co', 'Ủy viên', 'Ban Chấp hành', '2024', '']]);
    const dry = await post(importInto('own', `?column.person=${encodeURIComponent('Tên đại biểu')}`), file, 'secretariat');
    expect(dry.body.problems).toEqual([]);
    expect(dry.body.rows.map((r: any) => [r.person, r.action, r.changes])).toEqual([['Nguyễn Văn Chủ', 'UPDATE', ['end']], ['Đỗ Thị Đã Có', 'CREATE', []]]);
    const run = await post(importInto('own', `?dryRun=false&column.person=${encodeURIComponent('Tên đại biểu')}`), file, 'secretariat');
    expect(run.status).toBe(200);
    expect(await rosterNames()).toContain('Đỗ Thị Đã Có MEMBER');
    const { auditTrail: { nodes: auditTrail } } = await read('{ auditTrail(first: 5) { nodes { entityType action before after requestId } } }');
    expect(auditTrail.find((e: any) => e.action === 'UPDATE')).toMatchObject({ entityType: 'Membership', before: { endDate: null }, after: { endDate: { start: '2025-12-31', end: '2025-12-31', precision: 'DAY' } }, requestId: run.body.import.id });
  });

  it('a person id column names the person by ID; one that names nobody is a problem of its row', async () => {
    const { persons } = await read('{ persons(first: 1, filter: { search: "Do Thi Da Co" }) { edges { node { id } } } }');
    const gid = persons.edges[0].node.id;
    const file = csv(['person id', 'role', 'body', 'start'], [[gid, 'Ủy viên', 'Ban Chấp hành', '2024'], ['not-an-id', 'Ủy viên', 'Ban Chấp hành', '2024'], [toGlobalId('Person', '00000000-0000-4000-8000-000000000000'), 'Ủy viên', 'Ban Chấp hành', '2024']]);
    const { body } = await post(importInto('own'), file, 'secretariat');
    expect(body.rows.map((r: any) => [r.row, r.action, r.person])).toEqual([[2, 'UNCHANGED', 'Đỗ Thị Đã Có'], [3, 'INVALID', ''], [4, 'INVALID', '']]);
    expect(body.problems.map((p: any) => [p.row, p.column, p.message])).toEqual([[3, 'person id', 'No person has this ID in the directory'], [4, 'person id', 'No person has this ID in the directory']]);
  });

  it('one holder of a single-seat role: a second president on the same days is a problem of its row', async () => {
    const file = csv(['person', 'role', 'body', 'start'], [['Trần Thị Phó', 'Chủ tịch', 'Ban Chấp hành', '2024']]);
    const { body } = await post(importInto('own'), file, 'secretariat');
    expect(body.problems).toEqual([{ row: 2, column: 'role', value: 'Chủ tịch', message: expect.stringMatching(/^Only one person at a time holds PRESIDENT of Ban Chấp hành 2023–2028 of Hội Hữu nghị Nhập Thử, and the seat is taken on these dates by Nguyễn Văn Chủ/) }]);
  });

  it('refuses a file without the columns it needs, one that is not a spreadsheet, and one too large', async () => {
    const noRole = await post(importInto('own'), csv(['person', 'start'], [['A', '2023']]), 'secretariat');
    expect(noRole.body.problems).toEqual([{ row: 1, column: null, value: null, message: expect.stringMatching(/No column names the role/) }]);
    const binary = await post(importInto('own'), Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'secretariat');
    expect([binary.status, binary.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const large = await post(importInto('own'), 'x'.repeat(2_000_001), 'secretariat');
    expect([large.status, large.body.errors[0].extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });
});

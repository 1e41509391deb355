import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 15, item 1 (invitations and attendance): an event's list as a spreadsheet, 10 rows, 2 bad. The dry
 * run names the bad rows and columns; the run writes all or nothing (or the good rows, the bad excluded);
 * a second import changes nothing; only the writers of the event's organizers may import.
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

const csv = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;
const FILE = csv([
  ['Họ tên', 'Vai trò', 'Được mời', 'Tham dự', 'Nguồn'],
  ['Nguyễn Văn Khách', '', 'có', 'có', 'Danh sách điểm danh 01/10/2026'],
  ['Tran Thi Moi', 'khách mời', 'x', 'không', 'Danh sách điểm danh 01/10/2026'],
  ['Lê Văn Đến', 'phát biểu', 'có', 'có', 'Danh sách điểm danh 01/10/2026'],
  ['Người Mới Một', '', 'có', '', 'Danh sách điểm danh 01/10/2026'],
  ['Người Sai Điểm Danh', '', 'có', 'có lẽ', 'Danh sách điểm danh 01/10/2026'], // row 6: not a yes or no
  ['Người Sai Vai', 'thủ quỹ', 'có', 'có', 'Danh sách điểm danh 01/10/2026'], // row 7: not a part in an event
  ...[1, 2, 3, 4].map((n) => [`Đại Biểu Số ${n}`, 'tham dự', 'có', 'vắng', 'Danh sách điểm danh 01/10/2026']),
]);

async function post(path: string, body: string, who?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'text/csv', ...(who ? { authorization: `Bearer ${token[who]}` } : {}) } });
  return { status: response.status, body: await response.json() };
}
const into = (query = '') => `/import/events/${id.event}/participations${query}`;
async function read(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.gql(query, variables, { authorization: `Bearer ${token.secretariat}` });
  expect(body.errors).toBeUndefined();
  return body.data;
}
const list = async () =>
  (await read('query($id: ID!) { node(id: $id) { ... on Event { participations(first: 100) { edges { node { person { fullName } role invited attended } } } } } }', { id: id.event })).node.participations.edges
    .map((e: any) => `${e.node.person.fullName} ${e.node.role} ${e.node.invited} ${e.node.attended}`)
    .sort();
const auditCount = async () => (await read('{ auditTrail(first: 1) { totalCount } }')).auditTrail.totalCount;

beforeAll(async () => {
  server = await startTestServer('participations_import', { seed: false });
  const em = server.app.database.orm.em.fork();
  const src = { sourceCitations: ['fixture'] };
  const own = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Tổ Chức', ...src });
  const other = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Khác', ...src });
  const event = em.create(Event, { kind: EventKind.MEETING, title: 'Gặp mặt hữu nghị', startDate: PartialDate.parse('2026-10-01'), ...src });
  em.create(EventOrganizer, { event, organization: own });
  const guest = em.create(Person, { fullName: 'Nguyễn Văn Khách', ...src });
  em.create(Person, { fullName: 'Trần Thị Mời', ...src });
  em.create(Person, { fullName: 'Lê Văn Đến', ...src });
  em.create(Participation, { event, person: guest, invited: true, attended: null, ...src });
  await em.flush();
  Object.assign(id, { event: toGlobalId('Event', event.id) });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  token.editorOwn = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-own', organizationId: own.id });
  token.editorOther = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-other', organizationId: other.id });
});
afterAll(() => server.stop());

describe('invitation and attendance import: 10 rows, 2 bad', () => {
  it('the dry run names the bad rows and their columns, says what the rest would do, and writes nothing', async () => {
    const [before, audit] = [await list(), await auditCount()];
    const { status, body } = await post(into(), FILE, 'secretariat');
    expect(status).toBe(200);
    expect(body.import).toMatchObject({ dryRun: true, written: false, into: { id: id.event, name: 'Gặp mặt hữu nghị' } });
    expect(body.summary).toMatchObject({ rows: 10, create: 7, update: 1, unchanged: 0, invalid: 2, newPersons: ['Người Mới Một', 'Đại Biểu Số 1', 'Đại Biểu Số 2', 'Đại Biểu Số 3', 'Đại Biểu Số 4'] });
    expect(body.problems.map((p: any) => [p.row, p.column, p.value])).toEqual([[6, 'Tham dự', 'có lẽ'], [7, 'Vai trò', 'thủ quỹ']]);
    expect(body.rows.find((r: any) => r.row === 2)).toMatchObject({ action: 'UPDATE', changes: ['attended'], attended: true });
    expect(body.rows.find((r: any) => r.row === 3)).toMatchObject({ action: 'CREATE', person: 'Trần Thị Mời', role: 'GUEST', invited: true, attended: false });
    expect([await list(), await auditCount()]).toEqual([before, audit]);
  });

  it('the run refuses the whole file while a bad row is in it; with them excluded it writes the rest in one transaction', async () => {
    const refused = await post(into('?dryRun=false'), FILE, 'secretariat');
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect(await list()).toEqual(['Nguyễn Văn Khách ATTENDEE true null']);
    const { status, body } = await post(into('?dryRun=false&exclude=6,7'), FILE, 'secretariat');
    expect(status).toBe(200);
    expect(body.import.written).toBe(true);
    expect(await list()).toEqual([
      'Lê Văn Đến SPEAKER true true',
      'Nguyễn Văn Khách ATTENDEE true true',
      'Người Mới Một ATTENDEE true null',
      'Trần Thị Mời GUEST true false',
      'Đại Biểu Số 1 ATTENDEE true false',
      'Đại Biểu Số 2 ATTENDEE true false',
      'Đại Biểu Số 3 ATTENDEE true false',
      'Đại Biểu Số 4 ATTENDEE true false',
    ].sort());
    const { auditTrail: { nodes: auditTrail } } = await read('{ auditTrail(first: 100) { nodes { entityType action requestId } } }');
    const ofImport = auditTrail.filter((e: any) => e.requestId === body.import.id);
    expect(ofImport.map((e: any) => `${e.action} ${e.entityType}`).sort()).toEqual([...Array(7).fill('CREATE Participation'), ...Array(5).fill('CREATE Person'), 'UPDATE Participation'].sort());
  });

  it('a second import of the same file changes nothing', async () => {
    const [before, audit] = [await list(), await auditCount()];
    const { status, body } = await post(into('?dryRun=false&exclude=6,7'), FILE, 'secretariat');
    expect(status).toBe(200);
    expect(body.summary).toMatchObject({ create: 0, update: 0, unchanged: 8, excluded: 2, newPersons: [] });
    expect([await list(), await auditCount()]).toEqual([before, audit]);
  });

  it('only the writers of the event’s organizers import: an editor of another organization is refused; the organizer’s editor adds no person', async () => {
    const other = await post(into(), FILE, 'editorOther');
    expect([other.status, other.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const own = await post(into(), csv([['person', 'attended'], ['Lê Văn Đến', 'no'], ['Chưa Có Ai', 'yes']]), 'editorOwn');
    expect(own.status).toBe(200);
    expect(own.body.rows.map((r: any) => [r.row, r.action])).toEqual([[2, 'UPDATE'], [3, 'INVALID']]);
    expect(own.body.problems).toEqual([{ row: 3, column: 'person', value: 'Chưa Có Ai', message: expect.stringMatching(/ask the secretariat/) }]);
  });
});

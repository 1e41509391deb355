import { PartialDate } from '../../src/db/partial-date.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * A committee whose dates are known to a day, a month or a year, as its sources state them: its roster
 * CSV as of a date and over its whole history (every row and column), and the dates as GraphQL shows them.
 */
let server: TestServer;
let bodyId: string;
beforeAll(async () => {
  server = await startTestServer('mutation_roster_export', { seed: false });
});
afterAll(() => server.stop());

/** Recorded inside the tests (not in beforeAll) so that the dates are parsed while a test runs. */
async function committee(): Promise<string> {
  if (bodyId) return bodyId;
  const d = PartialDate.parse;
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = (...sourceCitations: string[]) => ({ sourceCitations });
    const organization = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Thử Xuất', ...src('fixture') });
    const congress = tx.create(Congress, { organization, number: 3, heldOn: d('2019-02-15'), termStart: d('2019-02'), termEnd: d('2024'), ...src('fixture') });
    const body = tx.create(Body, { organization, kind: BodyKind.EXECUTIVE_COMMITTEE, congress, termStart: d('2019-02'), termEnd: d('2024'), size: 5, ...src('fixture') });
    const person = (fullName: string) => tx.create(Person, { fullName, ...src('fixture') });
    const seat = (fullName: string, role: Role, dates: Partial<Pick<Membership, 'startDate' | 'endDate' | 'termEnd'>>, ...sources: string[]) =>
      tx.create(Membership, { person: person(fullName), organization, body, congress, role, ...dates, ...src(...sources) });
    seat('Thành Viên Năm', Role.MEMBER, { startDate: d('2019-02'), termEnd: d('2024') }, 'báo A', 'báo B');
    seat('Chủ Tịch Đầu', Role.PRESIDENT, { startDate: d('2019-02-15'), endDate: d('2021-06') }, 'báo C');
    seat('Chủ Tịch Sau', Role.PRESIDENT, { startDate: d('2021-07-01') }, 'báo D');
    seat('Phó Chủ Tịch', Role.VICE_PRESIDENT, { startDate: d('2020') }, 'báo E');
    await tx.flush();
    bodyId = toGlobalId('Body', body.id);
  });
  return bodyId;
}

/** The rows of a CSV without quoted line breaks, after its provenance comment line. */
const rowsOf = (text: string) => text.replace(/^\uFEFF?#[^\n]*\n/, '').trim().split('\n').map((line) => line.split(','));

async function roster(query: string) {
  const response = await fetch(`${server.url}/export/bodies/${await committee()}/roster.csv${query}`);
  expect(response.status).toBe(200);
  return { rows: rowsOf(await response.text()), filename: response.headers.get('content-disposition') };
}

const HEADER = ['organization', 'body', 'term', 'person', 'role', 'title', 'start', 'end', 'term_start', 'term_end', 'congress', 'sources', 'certainty', 'last_attested'];
const row = (person: string, role: string, start: string, end: string, [termStart, termEnd]: [string, string], sources: string, certainty: string, lastAttested: string) =>
  ['Hội Thử Xuất', 'Ban Chấp hành', '2019-02–2024', person, role, '', start, end, termStart, termEnd, '3', sources, certainty, lastAttested];

describe('the roster CSV', () => {
  it('as of a date: who held a seat that day, presidents first, every column as stated', async () => {
    const { rows, filename } = await roster('?asOf=2023-01-01');
    expect(filename).toBe('attachment; filename="roster-executive_committee-2023-01-01.csv"');
    expect(rows).toEqual([
      HEADER,
      // A post with no end of its own takes the committee's term (Feb 2019 to 2024), which confirms it.
      row('Chủ Tịch Sau', 'PRESIDENT', '2021-07-01', '2024', ['2019-02', '2024'], 'báo D', 'CONFIRMED', '2021-07-01'),
      row('Phó Chủ Tịch', 'VICE_PRESIDENT', '2020', '2024', ['2019-02', '2024'], 'báo E', 'CONFIRMED', '2020'),
      // The end is the term's, known only to the year: "2024", not 31 December.
      row('Thành Viên Năm', 'MEMBER', '2019-02', '2024', ['', '2024'], 'báo A ; báo B', 'CONFIRMED', '2019-02'),
    ]);
  });

  it('a month-precise end holds to the last day of the month; the successor starts the day after', async () => {
    const lastDay = await roster('?asOf=2021-06-30');
    expect(lastDay.rows.filter((r) => r[4] === 'PRESIDENT').map((r) => [r[3], r[7]])).toEqual([['Chủ Tịch Đầu', '2021-06']]);
    const next = await roster('?asOf=2021-07-01');
    expect(next.rows.filter((r) => r[4] === 'PRESIDENT').map((r) => r[3])).toEqual(['Chủ Tịch Sau']);
  });

  it('a year-precise term holds to 31 December; the next day the member is gone', async () => {
    expect((await roster('?asOf=2024-12-31')).rows.map((r) => r[3])).toContain('Thành Viên Năm');
    expect((await roster('?asOf=2025-01-01')).rows.map((r) => r[3])).not.toContain('Thành Viên Năm');
  });

  it('inside the year of that end the member is listed but not confirmed: the term may have ended in January', async () => {
    const certainty = async (asOf: string) => (await roster(`?asOf=${asOf}`)).rows.find((r) => r[3] === 'Thành Viên Năm')![12];
    expect(await certainty('2023-12-31')).toBe('CONFIRMED');
    expect(await certainty('2024-06-01')).toBe('INFERRED');
  });

  it('the whole history: every seat, by role and then by name, in a file named history', async () => {
    const { rows, filename } = await roster('?history=true&asOf=2023-01-01');
    expect(filename).toBe('attachment; filename="roster-executive_committee-history.csv"');
    // certainty for today, as BodyMemberEdge.certainty of a whole history: none for the seats that ended
    // (every one has, with the committee's term)
    expect(rows.slice(1).map((r) => [r[3], r[6], r[12]])).toEqual([
      ['Chủ Tịch Đầu', '2019-02-15', ''],
      ['Chủ Tịch Sau', '2021-07-01', ''],
      ['Phó Chủ Tịch', '2020', ''],
      ['Thành Viên Năm', '2019-02', ''],
    ]);
  });

  it('without asOf: today', async () => {
    const { filename } = await roster('');
    expect(filename).toBe(`attachment; filename="roster-executive_committee-${new Date().toISOString().slice(0, 10)}.csv"`);
  });

  it.each(['2024-02-30', '0000-01-01', '2024-1-01', '20240101', '2024-13-01'])('asOf=%s is no calendar date: 400 naming asOf', async (asOf) => {
    const response = await fetch(`${server.url}/export/bodies/${await committee()}/roster.csv?asOf=${asOf}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ message: 'asOf must be a calendar date (YYYY-MM-DD)', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'asOf', message: 'not a calendar date' }] } }] });
  });

  it('the ID of another type: 400 naming the id; an unknown body: 404', async () => {
    const person = toGlobalId('Person', '00000000-0000-4000-8000-000000000000');
    const wrong = await fetch(`${server.url}/export/bodies/${person}/roster.csv`);
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toEqual({ errors: [{ message: 'id must be the ID of a Body', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'expected a Body ID' }] } }] });
    const missing = toGlobalId('Body', '00000000-0000-4000-8000-000000000000');
    const absent = await fetch(`${server.url}/export/bodies/${missing}/roster.csv`);
    expect(absent.status).toBe(404);
    expect(await absent.json()).toEqual({ errors: [{ message: `Body ${missing} does not exist`, extensions: { code: 'NOT_FOUND' } }] });
  });
});

describe('dates as precise as their source', () => {
  it.each([
    ['2019-02', { start: '2019-02-01', end: '2019-02-28', precision: 'MONTH', text: '2019-02' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29', precision: 'MONTH', text: '2024-02' }],
    ['2024', { start: '2024-01-01', end: '2024-12-31', precision: 'YEAR', text: '2024' }],
    ['2021-06-30', { start: '2021-06-30', end: '2021-06-30', precision: 'DAY', text: '2021-06-30' }],
  ])('%s: first and last day it can mean, its precision and its text', async (text, expected) => {
    await committee();
    const em = server.app.database.orm.em.fork();
    const organization = em.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn: `Founded ${text}`, foundedOn: PartialDate.parse(text), sourceCitations: ['fixture'] });
    await em.flush();
    const { body } = await server.gql('query($id: ID!) { node(id: $id) { ... on Organization { foundedOn { start end precision text } } } }', { id: toGlobalId('Organization', organization.id) });
    expect(body.errors).toBeUndefined();
    expect(body.data.node.foundedOn).toEqual(expected);
  });

  it.each(['2023-02-29', '2023-13', '2023-00', '23', '2023-1', '2023-01-01T00:00'])('%s is refused as no date', (text) => {
    expect(() => PartialDate.parse(text)).toThrow(RangeError);
  });

  it('nothing parses to nothing', () => {
    expect(PartialDate.parse(null)).toBeUndefined();
    expect(PartialDate.parse(undefined)).toBeUndefined();
  });
});

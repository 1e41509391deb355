import { PartialDate } from '../../src/db/partial-date.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * One association over two terms:
 *   7th congress 2018-03-10, term to 2023-03-09: committee E7 — Phạm Văn Cũ (president), Hoàng Thị Ở Lại (member)
 *   8th congress 2023-03-10, term to 2028-03-09: committee E8 — Đỗ Văn Mới (president), Hoàng Thị Ở Lại (member)
 * In 2024 the association held six meetings: Ở Lại was invited to all six, attended 1 of the 4 recorded
 * (two outcomes never recorded); Mới attended 2 of 4, all recorded.
 */
const d = PartialDate.parse;
const TITLE_WITH_COMMA_AND_QUOTES = 'Chủ tịch, kiêm "Tổng"';
const TITLE_WITH_LINE_BREAKS = 'Ủy viên\nthường trực,\r\n"Ban" Đối ngoại';

let server: TestServer;
const id: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('behaviour_rosters', { seed: false });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const association = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Nhiệm kỳ', ...src });
    const c7 = tx.create(Congress, { organization: association, number: 7, heldOn: d('2018-03-10'), termStart: d('2018-03-10'), termEnd: d('2023-03-09'), ...src });
    const c8 = tx.create(Congress, { organization: association, number: 8, heldOn: d('2023-03-10'), termStart: d('2023-03-10'), termEnd: d('2028-03-09'), ...src });
    const e7 = tx.create(Body, { organization: association, kind: BodyKind.EXECUTIVE_COMMITTEE, congress: c7, termStart: d('2018-03-10'), termEnd: d('2023-03-09'), size: 2, ...src });
    const e8 = tx.create(Body, { organization: association, kind: BodyKind.EXECUTIVE_COMMITTEE, congress: c8, termStart: d('2023-03-10'), termEnd: d('2028-03-09'), size: 2, ...src });
    const [cu, oLai, moi] = ['Phạm Văn Cũ', 'Hoàng Thị Ở Lại', 'Đỗ Văn Mới'].map((fullName) => tx.create(Person, { fullName, ...src }));
    const seat = (person: Person, body: Body, congress: Congress, role: Role, from: string, termEnd: string, title?: string) =>
      tx.create(Membership, { person, organization: association, body, congress, role, title, startDate: d(from), termEnd: d(termEnd), ...src });
    seat(cu, e7, c7, Role.PRESIDENT, '2018-03-10', '2023-03-09');
    seat(oLai, e7, c7, Role.MEMBER, '2018-03-10', '2023-03-09');
    seat(moi, e8, c8, Role.PRESIDENT, '2023-03-10', '2028-03-09', TITLE_WITH_COMMA_AND_QUOTES);
    seat(oLai, e8, c8, Role.MEMBER, '2023-03-10', '2028-03-09', TITLE_WITH_LINE_BREAKS);

    const outcomes: Record<string, (boolean | null)[]> = { oLai: [true, false, false, false, null, null], moi: [true, true, false, false] };
    for (let month = 1; month <= 6; month++) {
      const event = tx.create(Event, { kind: EventKind.MEETING, title: `Họp tháng ${month}`, startDate: d(`2024-0${month}-15`), ...src });
      tx.create(EventOrganizer, { event, organization: association });
      for (const [key, person] of [['oLai', oLai], ['moi', moi]] as const) {
        if (month <= outcomes[key].length) tx.create(Participation, { event, person, invited: true, attended: outcomes[key][month - 1], ...src });
      }
    }
    await tx.flush();
    Object.assign(id, { association: toGlobalId('Organization', association.id), e7: toGlobalId('Body', e7.id), e8: toGlobalId('Body', e8.id) });
  });
});
afterAll(() => server.stop());

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Everyone holding a role in the association or its bodies on a date, as "name ROLE congress". */
const roster = async (asOf: string) =>
  (await data('query($id: ID!, $asOf: Date) { organization(id: $id) { memberships(asOf: $asOf) { edges { node { role person { fullName } congress { number } } } } } }', { id: id.association, asOf }))
    .organization.memberships.edges.map((e: any) => `${e.node.person.fullName} ${e.node.role} ${e.node.congress.number}`)
    .sort();

const bodyOn = async (bodyId: string, asOf: string) => {
  const { node } = await data('query($id: ID!, $asOf: Date) { node(id: $id) { ... on Body { members(asOf: $asOf) { edges { role node { fullName } } } seats(asOf: $asOf) { filled vacancies } } } }', { id: bodyId, asOf });
  return { members: node.members.edges.map((e: any) => `${e.node.fullName} ${e.role}`), seats: node.seats };
};

describe('rosters at the edges of a term', () => {
  it('the last day of a term includes the members whose term ends that day', async () => {
    expect(await bodyOn(id.e7, '2023-03-09')).toEqual({ members: ['Phạm Văn Cũ PRESIDENT', 'Hoàng Thị Ở Lại MEMBER'], seats: { filled: 2, vacancies: 0 } });
    expect(await bodyOn(id.e7, '2023-03-10')).toEqual({ members: [], seats: { filled: 0, vacancies: 2 } });
  });

  it('the first day of a term includes the members elected that day, and the day before does not', async () => {
    expect(await bodyOn(id.e7, '2018-03-10')).toEqual({ members: ['Phạm Văn Cũ PRESIDENT', 'Hoàng Thị Ở Lại MEMBER'], seats: { filled: 2, vacancies: 0 } });
    expect(await bodyOn(id.e7, '2018-03-09')).toEqual({ members: [], seats: { filled: 0, vacancies: 2 } });
  });

  it('the day before a congress gives the previous roster; the congress day the new one', async () => {
    expect(await roster('2023-03-09')).toEqual(['Hoàng Thị Ở Lại MEMBER 7', 'Phạm Văn Cũ PRESIDENT 7']);
    expect(await roster('2023-03-10')).toEqual(['Hoàng Thị Ở Lại MEMBER 8', 'Đỗ Văn Mới PRESIDENT 8']);
  });

  it('the CSV export reads the same dates the same way', async () => {
    const lastDay = parseCsv(await (await fetch(`${server.url}/export/bodies/${id.e7}/roster.csv?asOf=2023-03-09`)).text());
    expect(lastDay.slice(1).map((row) => row[3])).toEqual(['Phạm Văn Cũ', 'Hoàng Thị Ở Lại']);
    const congressDay = parseCsv(await (await fetch(`${server.url}/export/bodies/${id.e7}/roster.csv?asOf=2023-03-10`)).text());
    expect(congressDay).toHaveLength(1);
  });
});

describe('inactive members: attended ÷ recorded invitations', () => {
  const Q = `query($id: ID!, $max: Float!) { inactiveMembers(organizationId: $id, from: "2024-01-01", to: "2024-12-31", maxRate: $max) { nodes { invited attended recorded rate person { fullName } } } }`;
  const inactive = async (max: number) => (await data(Q, { id: id.association, max })).inactiveMembers.nodes;

  it('a member at 1 of 4 recorded (6 invited) has 0.25 and is included at maxRate 0.25', async () => {
    expect(await inactive(0.25)).toEqual([{ invited: 6, attended: 1, recorded: 4, rate: 0.25, person: { fullName: 'Hoàng Thị Ở Lại' } }]);
  });

  it('and excluded at maxRate 0.2: invitations without a recorded outcome are not in the denominator', async () => {
    expect(await inactive(0.2)).toEqual([]);
  });

  it('at maxRate 0.5 both members, least active first', async () => {
    expect((await inactive(0.5)).map((m: any) => [m.person.fullName, m.rate])).toEqual([['Hoàng Thị Ở Lại', 0.25], ['Đỗ Văn Mới', 0.5]]);
  });
});

/** RFC 4180, by hand: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // the provenance comment line before the header (issue 15, item 5) is not a row
  const input = text.replace(/^\uFEFF/, '').replace(/^#[^\n]*\n/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('the roster CSV', () => {
  it('quotes cells with commas, quotes and line breaks so that they round-trip', async () => {
    const response = await fetch(`${server.url}/export/bodies/${id.e8}/roster.csv?asOf=2024-06-01`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('"Chủ tịch, kiêm ""Tổng"""');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['organization', 'body', 'term', 'person', 'role', 'title', 'start', 'end', 'term_start', 'term_end', 'congress', 'sources', 'certainty', 'last_attested']);
    expect(rows.map((r) => r.length)).toEqual([14, 14, 14]);
    expect(rows.slice(1).map((r) => [r[3], r[4], r[5], r[9], r[10]])).toEqual([
      ['Đỗ Văn Mới', 'PRESIDENT', TITLE_WITH_COMMA_AND_QUOTES, '2028-03-09', '8'],
      ['Hoàng Thị Ở Lại', 'MEMBER', TITLE_WITH_LINE_BREAKS, '2028-03-09', '8'],
    ]);
  });
});

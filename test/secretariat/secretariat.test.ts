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

const d = PartialDate.parse;
const src = { sourceCitations: ['test fixture'] };
let server: TestServer;
const ids: Record<string, string> = {};

/**
 * Hội Hữu nghị Thử nghiệm: two congresses (2018, 2023), one executive committee per term.
 * Lê Văn Một presides over both; Trần Thị Hai sat only on the first; Phạm Văn Ba and Hoàng Thị Bốn
 * joined at the 2023 congress; Bốn left on 30 June 2024, leaving the second committee (5 seats) short.
 * In 2024 the association held four meetings: Một attended 4 of 4, Ba 1 of 4 (a fifth is unrecorded),
 * Bốn 0 of the 2 held before leaving.
 */
beforeAll(async () => {
  server = await startTestServer('secretariat');
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const org = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Hữu nghị Thử nghiệm', ...src });
    const late = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Hữu nghị Trễ hẹn', ...src });
    tx.create(Congress, { organization: late, number: 3, heldOn: d('2016-05-10'), termStart: d('2016'), termEnd: d('2021'), ...src });
    const c1 = tx.create(Congress, { organization: org, number: 1, heldOn: d('2018-03-01'), termStart: d('2018'), termEnd: d('2022'), ...src });
    const c2 = tx.create(Congress, { organization: org, number: 2, heldOn: d('2023-03-17'), termStart: d('2023'), termEnd: d('2027'), ...src });
    const e1 = tx.create(Body, { organization: org, kind: BodyKind.EXECUTIVE_COMMITTEE, congress: c1, termStart: d('2018-03-01'), termEnd: d('2023-03-16'), size: 5, ...src });
    const e2 = tx.create(Body, { organization: org, kind: BodyKind.EXECUTIVE_COMMITTEE, congress: c2, termStart: d('2023-03-17'), termEnd: d('2027'), size: 5, ...src });
    const person = (fullName: string) => tx.create(Person, { fullName, ...src });
    const [mot, hai, ba, bon] = ['Lê Văn Một', 'Trần Thị Hai', 'Phạm Văn Ba', 'Hoàng Thị Bốn'].map(person);
    const seat = (p: Person, body: Body, congress: Congress, role: Role, start: string, end?: string, termEnd?: string) =>
      tx.create(Membership, { person: p, organization: org, body, congress, role, startDate: d(start), endDate: end ? d(end) : undefined, termEnd: termEnd ? d(termEnd) : undefined, ...src });
    seat(mot, e1, c1, Role.PRESIDENT, '2018-03-01', '2023-03-16');
    seat(hai, e1, c1, Role.MEMBER, '2018-03-01', '2023-03-16');
    seat(mot, e2, c2, Role.PRESIDENT, '2023-03-17', undefined, '2027');
    seat(ba, e2, c2, Role.VICE_PRESIDENT, '2023-03-17', undefined, '2027');
    seat(bon, e2, c2, Role.MEMBER, '2023-03-17', '2024-06-30');
    const meeting = (day: string) => {
      const event = tx.create(Event, { kind: EventKind.MEETING, title: `Họp ${day}`, startDate: d(day), ...src });
      tx.create(EventOrganizer, { event, organization: org });
      return event;
    };
    const meetings = ['2024-02-01', '2024-05-01', '2024-08-01', '2024-11-01'].map(meeting);
    const unrecorded = meeting('2024-12-01');
    const invite = (event: Event, p: Person, attended: boolean | null) => tx.create(Participation, { event, person: p, invited: true, attended, ...src });
    meetings.forEach((m) => invite(m, mot, true));
    meetings.forEach((m, i) => invite(m, ba, i === 0));
    invite(unrecorded, ba, null);
    meetings.slice(0, 2).forEach((m) => invite(m, bon, false));
    await tx.flush();
    Object.assign(ids, { org: org.id, late: late.id, e1: e1.id, e2: e2.id });
  });
});
afterAll(() => server.stop());

const gid = (type: string, key: keyof typeof ids) => toGlobalId(type, ids[key]);

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const ROSTER = `query($id: ID!, $asOf: Date) { organization(id: $id) { bodies { nodes { congress { number } members(asOf: $asOf) { edges { role node { fullName } membership { congress { number } startDate { text } } } } } } } }`;
const rosterOn = async (asOf: string) =>
  (await data(ROSTER, { id: gid('Organization', 'org'), asOf })).organization.bodies.nodes
    .flatMap((b: any) => b.members.edges.map((e: any) => `${e.node.fullName} (${e.role}, congress ${e.membership.congress.number})`));

describe('rosters as of a date, across a congress boundary', () => {
  it('before, on and after the 2023 congress', async () => {
    expect(await rosterOn('2020-01-01')).toEqual(['Lê Văn Một (PRESIDENT, congress 1)', 'Trần Thị Hai (MEMBER, congress 1)']);
    expect(await rosterOn('2023-03-17')).toEqual(['Lê Văn Một (PRESIDENT, congress 2)', 'Phạm Văn Ba (VICE_PRESIDENT, congress 2)', 'Hoàng Thị Bốn (MEMBER, congress 2)']);
    expect(await rosterOn('2025-01-01')).toEqual(['Lê Văn Một (PRESIDENT, congress 2)', 'Phạm Văn Ba (VICE_PRESIDENT, congress 2)']);
  });

  it('the change history of a body', async () => {
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on Body { changes { nodes { date { text } kind membership { person { fullName } } } } } } }', { id: gid('Body', 'e2') });
    expect(node.changes.nodes.map((c: any) => `${c.date.text} ${c.kind} ${c.membership.person.fullName}`)).toEqual([
      '2024-06-30 LEFT Hoàng Thị Bốn',
      '2023-03-17 JOINED Lê Văn Một',
      '2023-03-17 JOINED Phạm Văn Ba',
      '2023-03-17 JOINED Hoàng Thị Bốn',
    ]);
  });
});

describe('terms, vacancies and late congresses', () => {
  it('a vacancy: the second committee has 5 seats and 2 members after Bốn left', async () => {
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on Body { before: seats(asOf: "2024-01-01") { filled vacancies } after: seats(asOf: "2025-01-01") { size filled vacancies } } } }', { id: gid('Body', 'e2') });
    expect(node.before).toEqual({ filled: 3, vacancies: 2 });
    expect(node.after).toEqual({ size: 5, filled: 2, vacancies: 3 });
    const { understaffedBodies } = await data('query($org: ID!) { understaffedBodies(asOf: "2025-01-01", organizationId: $org) { totalCount nodes { body { kind } seats { vacancies } } } }', { org: gid('Organization', 'org') });
    expect(understaffedBodies.totalCount).toBe(1);
    expect(understaffedBodies.nodes).toEqual([{ body: { kind: 'EXECUTIVE_COMMITTEE' }, seats: { vacancies: 3 } }]);
  });

  it('a late congress: the term ended in 2021 and no congress followed', async () => {
    const { overdueCongresses } = await data('{ overdueCongresses(asOf: "2025-01-01") { nodes { organization { name } lastCongress { number } termEndedOn daysOverdue } } }');
    const names = overdueCongresses.nodes.map((o: any) => o.organization.name);
    expect(names).toContain('Hội Hữu nghị Trễ hẹn');
    expect(names).not.toContain('Hội Hữu nghị Thử nghiệm');
    const late = overdueCongresses.nodes.find((o: any) => o.organization.name === 'Hội Hữu nghị Trễ hẹn');
    expect(late).toMatchObject({ lastCongress: { number: 3 }, termEndedOn: '2021-12-31', daysOverdue: 1097 });
  });

  it('posts ending soon', async () => {
    const { membershipsEnding } = await data('{ membershipsEnding(withinDays: 365, asOf: "2027-01-01") { edges { node { heldUntil person { fullName } } } } }');
    const ending = membershipsEnding.edges.map((e: any) => `${e.node.person.fullName} ${e.node.heldUntil}`);
    expect(ending).toEqual(expect.arrayContaining(['Lê Văn Một 2027-12-31', 'Phạm Văn Ba 2027-12-31']));
  });

  it('on the real data: the Vietnam–UK association’s 2019–2024 term has ended with no newer congress', async () => {
    const { overdueCongresses } = await data('{ overdueCongresses(asOf: "2026-11-23", first: 100) { nodes { organization { nameEn } lastCongress { number heldOn { text } } } } }');
    expect(overdueCongresses.nodes).toContainEqual({ organization: { nameEn: expect.stringMatching(/UK|United Kingdom/) }, lastCongress: { number: 4, heldOn: { text: '2019-07-06' } } });
  });
});

describe('attendance and inactive members', () => {
  it('a person’s rate, computed by hand: Phạm Văn Ba attended 1 of 4 recorded meetings in 2024', async () => {
    const { node } = await data(`query($org: ID!) { node(id: $org) { ... on Organization { memberships(asOf: "2024-03-01") { edges { node { person { fullName attendance(from: "2024-01-01", to: "2024-12-31") { invited attended recorded rate } } } } } } } }`, { org: gid('Organization', 'org') });
    const byName = Object.fromEntries(node.memberships.edges.map((e: any) => [e.node.person.fullName, e.node.person.attendance]));
    expect(byName['Phạm Văn Ba']).toEqual({ invited: 5, attended: 1, recorded: 4, rate: 0.25 });
    expect(byName['Lê Văn Một']).toEqual({ invited: 4, attended: 4, recorded: 4, rate: 1 });
    expect(byName['Hoàng Thị Bốn']).toEqual({ invited: 2, attended: 0, recorded: 2, rate: 0 });
  });

  it('a body’s attendance: the total and each member', async () => {
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on Body { attendance(from: "2024-01-01", to: "2024-12-31") { invited attended recorded rate members { totalCount nodes { person { fullName } rate } } } } } }', { id: gid('Body', 'e2') });
    expect(node.attendance).toMatchObject({ invited: 11, attended: 5, recorded: 10, rate: 0.5 });
    expect(node.attendance.members.totalCount).toBe(3);
    expect(node.attendance.members.nodes.map((m: any) => m.person.fullName)).toEqual(['Hoàng Thị Bốn', 'Phạm Văn Ba', 'Lê Văn Một']);
  });

  it('ranks inactive committee members, least active first, with the figures', async () => {
    const q = `query($org: ID) { inactiveMembers(organizationId: $org, from: "2024-01-01", to: "2024-12-31", maxRate: 0.5) { nodes { person { fullName } body { kind } invited attended recorded rate } } }`;
    const { inactiveMembers } = await data(q, { org: gid('Organization', 'org') });
    expect(inactiveMembers.nodes).toEqual([
      { person: { fullName: 'Hoàng Thị Bốn' }, body: { kind: 'EXECUTIVE_COMMITTEE' }, invited: 2, attended: 0, recorded: 2, rate: 0 },
      { person: { fullName: 'Phạm Văn Ba' }, body: { kind: 'EXECUTIVE_COMMITTEE' }, invited: 5, attended: 1, recorded: 4, rate: 0.25 },
    ]);
    // Union-wide, among members with a recorded invitation; by default those never invited come first.
    const recorded = (await data(q.replace('maxRate: 0.5', 'maxRate: 0.5, minRecorded: 1'), {})).inactiveMembers.nodes.map((m: any) => m.person.fullName);
    expect(recorded.slice(0, 2)).toEqual(['Hoàng Thị Bốn', 'Phạm Văn Ba']);
    const everyone = (await data(q, {})).inactiveMembers.nodes;
    expect(everyone[0]).toMatchObject({ recorded: 0, rate: null });
    const hasRecord = everyone.map((m: any) => m.recorded > 0);
    expect(hasRecord).toEqual([...hasRecord].sort());
  });
});

describe('CSV export of a roster', () => {
  it('UTF-8 with a BOM, a header row and Vietnamese names intact', async () => {
    const response = await fetch(`${server.url}/export/bodies/${gid('Body', 'e2')}/roster.csv?asOf=2023-03-17`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="roster-executive_committee-2023-03-17.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [comment, ...lines] = new TextDecoder('utf-8').decode(bytes.slice(3)).trim().split('\n');
    expect(comment).toMatch(/^# Amity — directory of .*: roster as of 2023-03-17; source: http:.*; exported: /);
    expect(lines[0]).toBe('organization,body,term,person,role,title,start,end,term_start,term_end,congress,sources,certainty,last_attested');
    expect(lines.slice(1).map((l) => l.split(',').slice(3, 5).join(' '))).toEqual(['Lê Văn Một PRESIDENT', 'Phạm Văn Ba VICE_PRESIDENT', 'Hoàng Thị Bốn MEMBER']);
    expect(lines[1]).toContain('Hội Hữu nghị Thử nghiệm');
  });

  it('refuses a bad date and an unknown body with the API’s error codes', async () => {
    const bad = await fetch(`${server.url}/export/bodies/${gid('Body', 'e2')}/roster.csv?asOf=yesterday`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const missing = await fetch(`${server.url}/export/bodies/${toGlobalId('Body', '00000000-0000-4000-8000-000000000000')}/roster.csv`);
    expect(missing.status).toBe(404);
  });
});

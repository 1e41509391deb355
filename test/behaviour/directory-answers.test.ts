import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind, ParticipationRole } from '../../src/modules/event/event.enums.js';
import { Participation } from '../../src/modules/event/participation.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Answers a user checks by hand (issue 13), on a network drawn here, with nothing else in the
 * directory but the reference data every database gets:
 *
 *   Union U ─ member ─ A, B, S (no other tie between A and S)
 *   A partners P2, P3;  B partners P2, P3, P4;  S partners nobody
 *   A's committee (term 2024): Chair Hà (2 events, attended 1), Member Lan (never invited),
 *   Member Minh (left on 2024-06-30, invited once, absent)
 *   Q (posts attested once, open-ended, elected) and R share Uông (in R from 2024-03-01, term to 2028)
 *   and Bình (seen in R in June 2025)
 *   V's committee: Nga from 2019-12-05 until some day of 2023, Sơn from some day of 2023
 *   H partners four associations whose Vietnamese order differs from code points and from localeCompare
 */
const src = { sourceCitations: ['test fixture'] };
const id: Record<string, string> = {};
let server: TestServer;
let secretariat: string;

beforeAll(async () => {
  server = await startTestServer('directory_answers', { seed: false });
  await server.app.database.orm.em.fork().transactional(async (tx) => {
    const org = (key: string, kind = OrganizationKind.FRIENDSHIP_ASSOCIATION, memberOf?: Organization) => {
      const o = tx.create(Organization, { kind, nameVi: `Hội ${key}`, memberOf, ...src });
      id[key] = o.id;
      return o;
    };
    const U = org('U', OrganizationKind.UNION);
    const [A, B, S] = ['A', 'B', 'S'].map((k) => org(k, OrganizationKind.FRIENDSHIP_ASSOCIATION, U));
    const [P2, P3, P4] = ['P2', 'P3', 'P4'].map((k) => org(k, OrganizationKind.BUSINESS));
    const partner = (a: Organization, b: Organization) => tx.create(Partnership, { organization: a, partnerOrganization: b, kind: PartnershipKind.NEW, status: PartnershipStatus.ACTIVE, ...src });
    for (const p of [P2, P3]) partner(A, p);
    for (const p of [P2, P3, P4]) partner(B, p);
    void S;

    const congress = tx.create(Congress, { organization: A, number: 2, heldOn: PartialDate.parse('2024-01-10'), termStart: PartialDate.parse('2024'), termEnd: PartialDate.parse('2028'), ...src });
    const committee = tx.create(Body, { organization: A, kind: BodyKind.EXECUTIVE_COMMITTEE, congress, termStart: PartialDate.parse('2024'), ...src });
    id.committee = committee.id;
    const person = (fullName: string) => tx.create(Person, { fullName, ...src });
    const [ha, lan, minh] = ['Trần Thu Hà', 'Lê Thị Lan', 'Phạm Văn Minh'].map(person);
    const seat = (p: Person, role: Role, from: string, until?: string) =>
      tx.create(Membership, { person: p, organization: A, body: committee, role, startDate: PartialDate.parse(from), endDate: until ? PartialDate.parse(until) : undefined, ...src });
    seat(ha, Role.CHAIR, '2024-01-10');
    seat(lan, Role.MEMBER, '2024-01-10');
    seat(minh, Role.MEMBER, '2024-01-10', '2024-06-30');
    const event = (title: string, day: string) => {
      const e = tx.create(Event, { kind: EventKind.MEETING, title, startDate: PartialDate.parse(day), ...src });
      tx.create(EventOrganizer, { event: e, organization: A });
      return e;
    };
    const [march, may] = [event('Họp tháng 3', '2024-03-05'), event('Họp tháng 5', '2024-05-07')];
    const invite = (e: Event, p: Person, attended: boolean) => tx.create(Participation, { event: e, person: p, role: ParticipationRole.ATTENDEE, invited: true, attended, ...src });
    invite(march, ha, true);
    invite(may, ha, false);
    invite(may, minh, false);
    // After Minh left the committee: his attendance then is not the committee member's.
    invite(event('Họp tháng 9', '2024-09-10'), minh, true);

    // How sure a post is: attested once (2017), started with no end (2013), elected for a term (2024–2028).
    const Q = org('Q', OrganizationKind.UNION_BODY);
    const [uong, binh, tuan] = ['Uông Chu Lưu', 'Nguyễn Thị Bình', 'Đỗ Minh Tuấn'].map(person);
    tx.create(Membership, { person: uong, organization: Q, role: Role.PRESIDENT, attestedOn: ['2017'], ...src });
    tx.create(Membership, { person: binh, organization: Q, role: Role.HONORARY_PRESIDENT, startDate: PartialDate.parse('2013'), ...src });
    tx.create(Membership, { person: tuan, organization: Q, role: Role.VICE_PRESIDENT, termStart: PartialDate.parse('2024'), termEnd: PartialDate.parse('2028'), ...src });
    id.uong = uong.id;

    // Network edges made of posts: Uông and Bình also sit in R.
    const R = org('R', OrganizationKind.UNION_BODY);
    tx.create(Membership, { person: uong, organization: R, role: Role.MEMBER, startDate: PartialDate.parse('2024-03-01'), termEnd: PartialDate.parse('2028'), ...src });
    tx.create(Membership, { person: binh, organization: R, role: Role.MEMBER, attestedOn: ['2025-06'], ...src });

    // Bounds known only to the year: Nga left some day of 2023, Sơn came some day of 2023.
    const V = org('V');
    const presidium = tx.create(Body, { organization: V, kind: BodyKind.EXECUTIVE_COMMITTEE, ...src });
    id.presidium = presidium.id;
    const [nga, son] = ['Nguyễn Thị Nga', 'Phan Văn Sơn'].map(person);
    tx.create(Membership, { person: nga, organization: V, body: presidium, role: Role.MEMBER, startDate: PartialDate.parse('2019-12-05'), endDate: PartialDate.parse('2023'), ...src });
    tx.create(Membership, { person: son, organization: V, body: presidium, role: Role.MEMBER, startDate: PartialDate.parse('2023'), ...src });

    // Vietnamese order: a < ă < â and d < đ (localeCompare puts "Ấn Độ" before "Anh", "Đức" before "Dương").
    const H = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Trung tâm', ...src });
    id.H = H.id;
    for (const name of ['Hội Việt – Đức', 'Hội Việt – Ấn Độ', 'Hội Việt – Dương', 'Hội Việt – Anh']) partner(H, tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: name, ...src }));
    await tx.flush();
  });
  secretariat = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
});
afterAll(() => server.stop());

const gid = (key: string, type = 'Organization') => toGlobalId(type, id[key]);

const data = (query: string, variables?: Record<string, unknown>, token?: string) => server.data(query, variables, token);

describe('reference data is not seed', () => {
  it('a database started without the directory seed has countries, provinces with the merger, sectors and the legal rules', async () => {
    const { countries, provinces, sectors } = await data('{ countries { code } provinces { key } sectors { key } }');
    expect(countries.map((c: any) => c.code)).toEqual(expect.arrayContaining(['VN', 'LA', 'KH', 'US']));
    expect(provinces.length).toBeGreaterThanOrEqual(97);
    expect(provinces.map((p: any) => p.key)).toEqual(expect.arrayContaining(['binh-duong-pre2025', 'ho-chi-minh-city']));
    expect(sectors.map((s: any) => s.key)).toContain('health-care');
    // and no directory facts
    const { organizations } = await data('{ organizations(first: 100, filter: { includeSynthetic: true }) { totalCount } }');
    // U, A, B, S, P2–P4, Q, R, V, H and H's four partners: the fixture's own
    expect(organizations.totalCount).toBe(15);
  });

  it('the legal instruments the two source documents name are reference data too, cited to them and marked as not confirmed elsewhere', async () => {
    const { legalInstruments } = await data('{ legalInstruments { key kind number issuedOn { text precision } issuer subject sourceNote sources { citation } } }');
    const byNumber = Object.fromEntries(legalInstruments.map((i: any) => [i.number, i]));
    expect(byNumber['118-QĐ/TW']).toMatchObject({
      key: 'decision-118-qd-tw-2023', kind: 'DECISION', issuedOn: { text: '2023', precision: 'YEAR' }, issuer: null,
      sources: [{ citation: 'thoidai.com.vn/cung-co-to-chuc-mo-rong-doi-tac-nang-cao-hieu-qua-toan-he-thong-lien-hiep-cac-to-chuc-huu-nghi-viet-nam-214920.html' }],
    });
    expect(byNumber['118-QĐ/TW'].subject).toMatch(/^Not stated\. Named with Directive 12-CT\/TW \(2022\)/);
    expect(byNumber['118-QĐ/TW'].sourceNote).toMatch(/^not independently confirmed/);
    expect(byNumber['59/2022/NĐ-CP']).toMatchObject({ key: 'decree-59-2022-nd-cp', kind: 'DECREE', issuedOn: { text: '2022', precision: 'YEAR' }, issuer: null });
    expect(byNumber['59/2022/NĐ-CP'].subject).toMatch(/^Electronic identification/);
    expect(byNumber['59/2022/NĐ-CP'].sourceNote).toMatch(/^not checked against the legal text/);
    expect(byNumber['59/2022/NĐ-CP'].sources.map((s: any) => s.citation)).toEqual([expect.stringMatching(/^Source document "Conference of the Committee for Foreign NGO Affairs with foreign NGOs/)]);
    // beside the directive the first is named with
    expect(byNumber['12-CT/TW']).toMatchObject({ kind: 'DIRECTIVE', issuedOn: { text: '2022-01-05' } });
  });
});

describe('partner suggestions and what a sister association has that we lack', () => {
  it('a partner of an association that shares partners with us comes first, with the reason', async () => {
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on Organization { partnerSuggestions { nodes { partner { name } score reasons } } } } }', { id: gid('A') });
    expect(node.partnerSuggestions.nodes[0]).toEqual({ partner: { name: 'Hội P4' }, score: 8, reasons: ['Hội B works with it (shares 2 partners with you)'] });
  });

  it('missingPartners: what B has and A lacks; nothing the other way round', async () => {
    const q = 'query($of: ID!, $with: ID!) { missingPartners(of: $of, comparedWith: $with) { nodes { organization { name } person { fullName } partnership { organization { name } } } } }';
    expect((await data(q, { of: gid('A'), with: gid('B') })).missingPartners.nodes).toEqual([{ organization: { name: 'Hội P4' }, person: null, partnership: { organization: { name: 'Hội B' } } }]);
    expect((await data(q, { of: gid('B'), with: gid('A') })).missingPartners.nodes).toEqual([]);
  });
});

describe('two members of the Union are connected through it, weakly', () => {
  const PATHS = 'query($from: ID!, $to: ID!, $kinds: [NetworkEdgeKind!]) { connectionPaths(fromId: $from, toId: $to, edgeKinds: $kinds) { connected summary paths { hops explanation steps { edge { kind } } } } }';

  it('with the default kinds, A and S meet through their common membership, said so', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('A'), to: gid('S') });
    expect(connectionPaths.connected).toBe(true);
    expect(connectionPaths.summary).toBe('Connected only through common membership (Hội U), a weak tie: 1 shortest connection(s) of 2 hop(s).');
    expect(connectionPaths.paths[0].hops).toBe(2);
    expect(connectionPaths.paths[0].steps.map((s: any) => s.edge.kind)).toEqual(['MEMBER_OF', 'MEMBER_OF']);
    // each hop in its true direction: A is a member of U, and U has S as a member (not "U member of S")
    expect(connectionPaths.paths[0].explanation).toBe('Hội A → member of → Hội U → has member → Hội S');
  });

  it('asked for explicitly, membership of the Union is still said to be the only, weak, tie', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('A'), to: gid('S'), kinds: ['MEMBER_OF'] });
    expect(connectionPaths.summary).toBe('Connected only through common membership (Hội U), a weak tie: 1 shortest connection(s) of 2 hop(s).');
    expect(connectionPaths.paths[0].explanation).toBe('Hội A → member of → Hội U → has member → Hội S');
  });

  it('asked for with partnerships, a path through the Union beside closer ones is counted as weak', async () => {
    const q = 'query($from: ID!, $to: ID!) { connectionPaths(fromId: $from, toId: $to, k: 5, edgeKinds: [MEMBER_OF, PARTNERSHIP]) { summary paths { explanation } } }';
    const { connectionPaths } = await data(q, { from: gid('A'), to: gid('B') });
    expect(connectionPaths.summary).toBe('3 shortest connection(s) of 2 hop(s); 1 of them through common membership (Hội U), a weak tie.');
    expect(connectionPaths.paths.map((p: any) => p.explanation).sort()).toEqual([
      'Hội A → member of → Hội U → has member → Hội B',
      'Hội A → partnership → Hội P2 → partnership → Hội B',
      'Hội A → partnership → Hội P3 → partnership → Hội B',
    ]);
  });

  it('a neighbourhood read from the Union says “has member”, from a member “member of”', async () => {
    const q = 'query($id: ID!) { neighbourhood(id: $id, hops: 1, edgeKinds: [MEMBER_OF]) { nodes { label } edges { source target label } } }';
    const fromUnion = (await data(q, { id: gid('U') })).neighbourhood;
    expect(fromUnion.nodes.map((n: any) => n.label)).toEqual(['Hội U', 'Hội A', 'Hội B', 'Hội S']);
    expect(fromUnion.edges.map((e: any) => `${e.source} ${e.label} ${e.target}`).sort()).toEqual(['A', 'B', 'S'].map((k) => `${gid('U')} has member ${gid(k)}`).sort());
    const fromMember = (await data(q, { id: gid('S') })).neighbourhood;
    expect(fromMember.edges).toEqual([{ source: gid('S'), target: gid('U'), label: 'member of' }]);
  });

  it('a closer tie wins over the Union: A and B through a shared partner', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('A'), to: gid('B') });
    expect(connectionPaths.summary).not.toMatch(/common membership/);
    expect(connectionPaths.paths[0].steps.map((s: any) => s.edge.kind)).toEqual(['PARTNERSHIP', 'PARTNERSHIP']);
  });

  it('kinds given without MEMBER_OF are followed as given: not connected', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('A'), to: gid('S'), kinds: ['PARTNERSHIP', 'SHARED_PERSON'] });
    expect(connectionPaths.connected).toBe(false);
  });
});

describe('inactive members', () => {
  const INACTIVE = 'query($org: ID) { inactiveMembers(organizationId: $org, from: "2024-01-01", to: "2024-12-31", maxRate: 1) { nodes { person { fullName } invited attended rate seatFrom { text } seatUntil { text } } } }';

  it('lists the member never invited first, then by rate; a former member with the end of the seat, counted only while seated', async () => {
    const { inactiveMembers } = await data(INACTIVE, { org: gid('A') });
    expect(inactiveMembers.nodes).toEqual([
      { person: { fullName: 'Lê Thị Lan' }, invited: 0, attended: 0, rate: null, seatFrom: { text: '2024-01-10' }, seatUntil: null },
      { person: { fullName: 'Phạm Văn Minh' }, invited: 1, attended: 0, rate: 0, seatFrom: { text: '2024-01-10' }, seatUntil: { text: '2024-06-30' } },
      { person: { fullName: 'Trần Thu Hà' }, invited: 2, attended: 1, rate: 0.5, seatFrom: { text: '2024-01-10' }, seatUntil: null },
    ]);
  });

  it('minRecorded: 1 leaves out who has no recorded invitation', async () => {
    const { inactiveMembers } = await data('query($org: ID) { inactiveMembers(organizationId: $org, from: "2024-01-01", to: "2024-12-31", maxRate: 1, minRecorded: 1) { nodes { person { fullName } } } }', { org: gid('A') });
    expect(inactiveMembers.nodes.map((m: any) => m.person.fullName)).toEqual(['Phạm Văn Minh', 'Trần Thu Hà']);
  });

  it('Body.changes within a period, both days included', async () => {
    const q = 'query($id: ID!, $from: Date, $to: Date) { node(id: $id) { ... on Body { changes(from: $from, to: $to) { nodes { date { text } kind membership { person { fullName } } } } } } }';
    const all = (await data(q, { id: gid('committee', 'Body') })).node.changes.nodes;
    expect(all.map((c: any) => [c.date.text, c.kind])).toEqual([['2024-06-30', 'LEFT'], ['2024-01-10', 'JOINED'], ['2024-01-10', 'JOINED'], ['2024-01-10', 'JOINED']]);
    const june = (await data(q, { id: gid('committee', 'Body'), from: '2024-06-30', to: '2024-06-30' })).node.changes.nodes;
    expect(june).toEqual([{ date: { text: '2024-06-30' }, kind: 'LEFT', membership: { person: { fullName: 'Phạm Văn Minh' } } }]);
    expect((await data(q, { id: gid('committee', 'Body'), from: '2024-01-11', to: '2024-06-29' })).node.changes.nodes).toEqual([]);
    const { body } = await server.gql(q, { id: gid('committee', 'Body'), from: '2024-07-01', to: '2024-06-01' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('how sure a post is', () => {
  const MEMBERS = `query($id: ID!, $asOf: Date, $confirmed: Boolean) { node(id: $id) { ... on Organization {
    memberships(asOf: $asOf, confirmedOnly: $confirmed) { totalCount edges { certainty node { role person { fullName } lastAttested { text } } } } } } }`;
  const byName = (memberships: any) => Object.fromEntries(memberships.edges.map((e: any) => [e.node.person.fullName, [e.certainty, e.node.lastAttested?.text ?? null]]));

  it('today: the post seen once in 2017 is listed as last attested, the one begun in 2013 as inferred, the elected term as confirmed', async () => {
    const { node } = await data(MEMBERS, { id: gid('Q'), asOf: '2026-12-01' });
    expect(byName(node.memberships)).toEqual({
      'Uông Chu Lưu': ['LAST_ATTESTED', '2017'],
      'Nguyễn Thị Bình': ['INFERRED', '2013'],
      'Đỗ Minh Tuấn': ['CONFIRMED', null],
    });
  });

  it('in 2017 the post seen “in 2017” is not confirmed either (it may mean December), nor a start known only to the year (2013) on a day of 2013', async () => {
    expect(byName((await data(MEMBERS, { id: gid('Q'), asOf: '2017-09-01' })).node.memberships)).toEqual({ 'Uông Chu Lưu': ['LAST_ATTESTED', '2017'], 'Nguyễn Thị Bình': ['INFERRED', '2013'] });
    // "from 2013" may mean December: on 1 May 2013 she is listed, not confirmed
    expect(byName((await data(MEMBERS, { id: gid('Q'), asOf: '2013-05-01' })).node.memberships)).toEqual({ 'Nguyễn Thị Bình': ['INFERRED', '2013'] });
  });

  it('an invitation list asks for confirmed posts only: the 2017 president is left out, and counted out', async () => {
    const { node } = await data(MEMBERS, { id: gid('Q'), asOf: '2026-12-01', confirmed: true });
    expect(node.memberships.totalCount).toBe(1);
    expect(byName(node.memberships)).toEqual({ 'Đỗ Minh Tuấn': ['CONFIRMED', null] });
  });

  it('officeHolder says how sure it is, and finds nobody confirmed', async () => {
    const q = 'query($id: ID!, $confirmed: Boolean!) { node(id: $id) { ... on Organization { officeHolder(asOf: "2026-12-01", confirmedOnly: $confirmed) { person { fullName } certainty(asOf: "2026-12-01") lastAttested { text } } } } }';
    expect((await data(q, { id: gid('Q'), confirmed: false })).node.officeHolder).toEqual({ person: { fullName: 'Uông Chu Lưu' }, certainty: 'LAST_ATTESTED', lastAttested: { text: '2017' } });
    expect((await data(q, { id: gid('Q'), confirmed: true })).node.officeHolder).toBeNull();
  });

  it('a certainty for another day can be asked of any post', async () => {
    const q = 'query($id: ID!) { node(id: $id) { ... on Organization { memberships(history: true) { edges { node { person { fullName } in2017: certainty(asOf: "2017-01-01") in2010: certainty(asOf: "2010-01-01") } } } } } }';
    const rows = Object.fromEntries((await data(q, { id: gid('Q') })).node.memberships.edges.map((e: any) => [e.node.person.fullName, [e.node.in2017, e.node.in2010]]));
    expect(rows).toEqual({ 'Uông Chu Lưu': ['LAST_ATTESTED', null], 'Nguyễn Thị Bình': ['INFERRED', null], 'Đỗ Minh Tuấn': [null, null] });
  });
});

describe('a roster says how sure each seat is', () => {
  it('on the edge of Body.members, for the day of the roster', async () => {
    const q = 'query($id: ID!, $asOf: Date) { node(id: $id) { ... on Body { members(asOf: $asOf) { edges { node { fullName } certainty } } } } }';
    const byName = async (asOf: string) => Object.fromEntries((await data(q, { id: gid('committee', 'Body'), asOf })).node.members.edges.map((e: any) => [e.node.fullName, e.certainty]));
    // The seats were taken on 2024-01-10 with no end stated: confirmed that day, inferred later.
    expect(await byName('2024-01-10')).toEqual({ 'Trần Thu Hà': 'CONFIRMED', 'Lê Thị Lan': 'CONFIRMED', 'Phạm Văn Minh': 'CONFIRMED' });
    expect(await byName('2024-05-01')).toEqual({ 'Trần Thu Hà': 'INFERRED', 'Lê Thị Lan': 'INFERRED', 'Phạm Văn Minh': 'CONFIRMED' });
  });
});

describe('the roster CSV', () => {
  it('names a body without a name of its own by the Vietnamese label of its kind, and gives the congress of the body', async () => {
    const response = await fetch(`${server.url}/export/bodies/${gid('committee', 'Body')}/roster.csv?asOf=2024-03-01`, { headers: { authorization: `Bearer ${secretariat}` } });
    const [header, first, ...rest] = (await response.text()).replace(/^\uFEFF?#[^\n]*\n/, '').trim().split('\n').map((line) => line.split(','));
    expect(first[1]).toBe('Ban Chấp hành');
    expect(first[10]).toBe('2');
    // how sure each seat is on the day of the roster (as the roster edge says), and when a source last showed it
    expect(header.slice(12)).toEqual(['certainty', 'last_attested']);
    expect(Object.fromEntries([first, ...rest].map((r) => [r[3], [r[12], r[13]]]))).toEqual({
      'Trần Thu Hà': ['INFERRED', '2024-01-10'],
      'Lê Thị Lan': ['INFERRED', '2024-01-10'],
      // between a start and an end both stated to the day
      'Phạm Văn Minh': ['CONFIRMED', '2024-06-30'],
    });
  });

  it('dates at their precision: an end known only to the year is "2023", and not confirmed inside that year', async () => {
    const response = await fetch(`${server.url}/export/bodies/${gid('presidium', 'Body')}/roster.csv?asOf=2023-05-01`, { headers: { authorization: `Bearer ${secretariat}` } });
    const rows = (await response.text()).replace(/^\uFEFF?#[^\n]*\n/, '').trim().split('\n').slice(1).map((line) => line.split(','));
    // person, start, end, certainty, last_attested
    expect(rows.map((r) => [r[3], r[6], r[7], r[12], r[13]])).toEqual([
      ['Nguyễn Thị Nga', '2019-12-05', '2023', 'INFERRED', '2023'],
      ['Phan Văn Sơn', '2023', '', 'INFERRED', '2023'],
    ]);
  });
});

describe('a bound known only to the year is shown at its precision and confirms none of its days', () => {
  const ROSTER = `query($id: ID!, $asOf: Date, $confirmed: Boolean) { node(id: $id) { ... on Body { members(asOf: $asOf, confirmedOnly: $confirmed) { totalCount edges {
    node { fullName } certainty lastAttested { text } membership { since { text precision } until { text precision } heldUntil } } } } } }`;
  // Both hold the same role: by name, the order of the roster within a role being the database's.
  const roster = async (asOf: string, confirmed = false) => {
    const { members } = (await data(ROSTER, { id: gid('presidium', 'Body'), asOf, confirmed })).node;
    return { ...members, edges: members.edges.sort((a: any, b: any) => a.node.fullName.localeCompare(b.node.fullName)) };
  };

  it('on a day of 2023 both are listed, neither confirmed: Nga may have left in January, Sơn come in December', async () => {
    const { edges } = await roster('2023-05-01');
    expect(edges.map((e: any) => [e.node.fullName, e.certainty, e.lastAttested.text])).toEqual([
      ['Nguyễn Thị Nga', 'INFERRED', '2023'],
      ['Phan Văn Sơn', 'INFERRED', '2023'],
    ]);
    expect(edges[0].membership).toEqual({ since: { text: '2019-12-05', precision: 'DAY' }, until: { text: '2023', precision: 'YEAR' }, heldUntil: '2023-12-31' });
    expect(edges[1].membership).toEqual({ since: { text: '2023', precision: 'YEAR' }, until: null, heldUntil: null });
    expect((await roster('2023-05-01', true)).totalCount).toBe(0);
  });

  it('before 2023 Nga’s seat is confirmed, from the day her start states', async () => {
    expect((await roster('2022-05-01')).edges.map((e: any) => [e.node.fullName, e.certainty])).toEqual([['Nguyễn Thị Nga', 'CONFIRMED']]);
    expect((await roster('2019-12-05', true)).totalCount).toBe(1);
    expect((await roster('2022-12-31', true)).totalCount).toBe(1);
  });

  it('Body.changes at the precision of each date; a change known to the year is listed for a month inside it', async () => {
    const q = 'query($id: ID!, $from: Date, $to: Date) { node(id: $id) { ... on Body { changes(from: $from, to: $to) { nodes { date { text precision } kind membership { person { fullName } } } } } } }';
    const line = (c: any) => `${c.date.text} ${c.date.precision} ${c.kind} ${c.membership.person.fullName}`;
    expect((await data(q, { id: gid('presidium', 'Body') })).node.changes.nodes.map(line)).toEqual(['2023 YEAR LEFT Nguyễn Thị Nga', '2023 YEAR JOINED Phan Văn Sơn', '2019-12-05 DAY JOINED Nguyễn Thị Nga']);
    expect((await data(q, { id: gid('presidium', 'Body'), from: '2023-06-01', to: '2023-06-30' })).node.changes.nodes.map(line)).toEqual(['2023 YEAR LEFT Nguyễn Thị Nga', '2023 YEAR JOINED Phan Văn Sơn']);
    expect((await data(q, { id: gid('presidium', 'Body'), from: '2024-01-01' })).node.changes.nodes).toEqual([]);
  });

  it('inactiveMembers gives each seat’s dates at their precision', async () => {
    const q = 'query($org: ID) { inactiveMembers(organizationId: $org, from: "2023-01-01", to: "2023-12-31", maxRate: 1) { nodes { person { fullName } seatFrom { text precision } seatUntil { text precision } } } }';
    const rows = (await data(q, { org: gid('V') })).inactiveMembers.nodes.sort((a: any, b: any) => a.person.fullName.localeCompare(b.person.fullName));
    expect(rows).toEqual([
      { person: { fullName: 'Nguyễn Thị Nga' }, seatFrom: { text: '2019-12-05', precision: 'DAY' }, seatUntil: { text: '2023', precision: 'YEAR' } },
      { person: { fullName: 'Phan Văn Sơn' }, seatFrom: { text: '2023', precision: 'YEAR' }, seatUntil: null },
    ]);
  });
});

describe('network answers say how sure their posts are', () => {
  const EDGES = `query($id: ID!, $kinds: [NetworkEdgeKind!]) { neighbourhood(id: $id, hops: 1, edgeKinds: $kinds) { nodes { label } edges {
    source target kind label certainty onDay: certainty(asOf: "2026-12-01") in2017: certainty(asOf: "2017-06-15") lastAttested { text } } } }`;

  it('a person’s posts: the one seen only in 2017 is last attested, the elected one confirmed', async () => {
    const { neighbourhood } = await data(EDGES, { id: gid('uong', 'Person') });
    const byTarget = Object.fromEntries(neighbourhood.edges.map((e: any) => [e.target, e]));
    expect(neighbourhood.edges).toHaveLength(2);
    expect(byTarget[gid('Q')]).toMatchObject({ source: gid('uong', 'Person'), kind: 'POST', label: 'post in', certainty: 'LAST_ATTESTED', onDay: 'LAST_ATTESTED', in2017: 'LAST_ATTESTED', lastAttested: { text: '2017' } });
    // from 2024-03-01 for a term to 2028: confirmed on the day asked, not yet held in 2017
    expect(byTarget[gid('R')]).toMatchObject({ kind: 'POST', onDay: 'CONFIRMED', in2017: null, lastAttested: { text: '2024-03-01' } });
  });

  it('a shared person: each person as sure as the less sure of their two posts, the edge as its surest person', async () => {
    const { neighbourhood } = await data(EDGES, { id: gid('Q') });
    expect(neighbourhood.nodes.map((n: any) => n.label)).toEqual(['Hội Q', 'Hội R']);
    // Uông: last attested in Q (2017), confirmed in R; Bình: inferred in Q (from 2013), last attested in R (2025-06)
    expect(neighbourhood.edges).toEqual([
      expect.objectContaining({ source: gid('Q'), target: gid('R'), kind: 'SHARED_PERSON', onDay: 'LAST_ATTESTED', in2017: null, lastAttested: { text: '2017' } }),
    ]);
  });

  it('a path into a person reads the post the right way round and says how sure it is', async () => {
    const q = 'query($from: ID!, $to: ID!) { connectionPaths(fromId: $from, toId: $to) { paths { explanation steps { edge { kind certainty(asOf: "2026-12-01") lastAttested { text } } } } } }';
    const { connectionPaths } = await data(q, { from: gid('R'), to: gid('uong', 'Person') });
    expect(connectionPaths.paths).toEqual([{ explanation: 'Hội R → post held by → Uông Chu Lưu', steps: [{ edge: { kind: 'POST', certainty: 'CONFIRMED', lastAttested: { text: '2024-03-01' } } }] }]);
  });

  it('edges not made of posts have no certainty', async () => {
    const { neighbourhood } = await data(EDGES, { id: gid('A'), kinds: ['PARTNERSHIP'] });
    expect(neighbourhood.edges.map((e: any) => [e.kind, e.certainty, e.lastAttested])).toEqual([['PARTNERSHIP', null, null], ['PARTNERSHIP', null, null]]);
  });
});

describe('network nodes in the order of every other list by name', () => {
  it('by hops, then in Vietnamese order: Anh before Ấn Độ, Dương before Đức, as organizations lists them', async () => {
    const { neighbourhood } = await data('query($id: ID!) { neighbourhood(id: $id, hops: 1) { nodes { label hops } } }', { id: gid('H') });
    const expected = ['Hội Việt – Anh', 'Hội Việt – Ấn Độ', 'Hội Việt – Dương', 'Hội Việt – Đức'];
    expect(neighbourhood.nodes).toEqual([{ label: 'Hội Trung tâm', hops: 0 }, ...expected.map((label) => ({ label, hops: 1 }))]);
    expect(expected).not.toEqual([...expected].sort((a, b) => a.localeCompare(b)));
    const { organizations } = await data('{ organizations(first: 100) { edges { node { name } } } }');
    expect(organizations.edges.map((e: any) => e.node.name).filter((n: string) => n.startsWith('Hội Việt – '))).toEqual(expected);
  });
});

describe('on the real seed: no post is shown as more certain than its sources', () => {
  let real: TestServer;
  beforeAll(async () => {
    real = await startTestServer('directory_answers_real');
  });
  afterAll(() => real.stop());

  const holder = async (slug: string) => {
    const em = real.app.database.orm.em.fork();
    const organization = await em.findOneOrFail(Organization, { slug });
    const { body } = await real.gql('query($id: ID!) { node(id: $id) { ... on Organization { officeHolder { person { fullName } certainty lastAttested { text } } } } }', { id: toGlobalId('Organization', organization.id) });
    expect(body.errors).toBeUndefined();
    return (body.data as any).node.officeHolder;
  };

  it('the Vietnam–China association has no known president today: the 6th term ended with the 7th congress', async () => {
    expect(await holder('vietnam-china-fa')).toBeNull();
  });

  it('the Peace Committee’s president of 2017 is listed today as last attested in 2017', async () => {
    expect(await holder('vietnam-peace-committee')).toMatchObject({ certainty: 'LAST_ATTESTED', lastAttested: { text: '2017' } });
  });

  it('PACCOM’s head seen in Feb 2023 is listed today as last attested then, and is nobody’s confirmed head: not named for next week’s invitations', async () => {
    const em = real.app.database.orm.em.fork();
    const paccom = await em.findOneOrFail(Organization, { slug: 'paccom' });
    const q = `query($id: ID!, $asOf: Date) { node(id: $id) { ... on Organization {
      any: officeHolder(role: HEAD, asOf: $asOf) { person { fullName } certainty(asOf: $asOf) lastAttested { text } }
      sure: officeHolder(role: HEAD, asOf: $asOf, confirmedOnly: true) { person { fullName } }
      before: officeHolder(role: HEAD, asOf: "2022-12-31") { person { fullName } } } } }`;
    const { body } = await real.gql(q, { id: toGlobalId('Organization', paccom.id), asOf: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10) });
    expect(body.errors).toBeUndefined();
    // and not before the month a source first shows him in the post
    expect((body.data as any).node).toEqual({ any: { person: { fullName: 'Nguyen Ngoc Hung' }, certainty: 'LAST_ATTESTED', lastAttested: { text: '2023-02' } }, sure: null, before: null });
  });

  it('VUFO in May 2023: Nguyễn Phương Nga (until 2023) and Phan Anh Son (from 2023) both listed, neither confirmed', async () => {
    const em = real.app.database.orm.em.fork();
    const vufo = await em.findOneOrFail(Organization, { slug: 'vufo' });
    const q = `query($id: ID!) { node(id: $id) { ... on Organization {
      all: memberships(asOf: "2023-05-01", roles: [PRESIDENT]) { edges { certainty node { person { fullName } since { text } until { text } } } }
      confirmed: memberships(asOf: "2023-05-01", roles: [PRESIDENT], confirmedOnly: true) { totalCount } } } }`;
    const { body } = await real.gql(q, { id: toGlobalId('Organization', vufo.id) });
    expect(body.errors).toBeUndefined();
    const { all, confirmed } = (body.data as any).node;
    const rows = all.edges.map((e: any) => [e.node.person.fullName, e.certainty, e.node.since?.text, e.node.until?.text ?? null]).sort();
    // Sơn has attestations (Sep 2023, Jul 2025), none covering May: last attested; Nga has none: inferred
    expect(rows).toEqual([
      ['Nguyễn Phương Nga', 'INFERRED', '2019-12-05', '2023'],
      ['Phan Anh Son', 'LAST_ATTESTED', '2023', null],
    ]);
    expect(confirmed.totalCount).toBe(0);
  });
});

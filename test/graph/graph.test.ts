import { buildNetwork } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('graph');
  // The real data names nobody's attendance: one drawn association adds participations.
  await buildNetwork(server.app.database.orm.em.fork(), 1, 'fixture');
});
afterAll(() => server.stop());

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const orgId = async (search: string) =>
  (await data('query($s: String!) { organizations(first: 1, filter: { search: $s }) { edges { node { id } } } }', { s: search })).organizations.edges[0].node.id;

describe('temporal reads: who holds a role as of a date', () => {
  it('the Vietnam–USA Society’s president: Pham Quang Vinh for 2021–2026, Nguyễn Tâm Chiến before', async () => {
    const id = await orgId('hoi viet my');
    const q = `query($id: ID!, $asOf: Date) { organization(id: $id) { name officeHolder(asOf: $asOf) { person { fullName } startDate { text } termEnd { text } } } }`;
    const now = (await data(q, { id })).organization;
    expect(now.officeHolder.person.fullName).toBe('Pham Quang Vinh');
    expect(now.officeHolder.termEnd.text).toBe('2026');
    expect((await data(q, { id, asOf: '2015-06-01' })).organization.officeHolder.person.fullName).toBe('Nguyễn Tâm Chiến');
  });

  it('the Union’s president across time', async () => {
    const q = `query($asOf: Date) { union { officeHolder(asOf: $asOf) { person { fullName } } } }`;
    expect((await data(q, { asOf: '2020-06-01' })).union.officeHolder.person.fullName).toBe('Nguyễn Phương Nga');
    expect((await data(q, { asOf: '2024-06-01' })).union.officeHolder.person.fullName).toBe('Phan Anh Son');
  });

  it('a person’s full record of posts across organizations, and the current ones only by default', async () => {
    const person = (await data(`{ persons(first: 1, filter: { search: "nguyen duc hung" }) { edges { node { id fullName honorific
      all: memberships(history: true) { totalCount edges { node { role organization { name } } } } } } } }`)).persons.edges[0].node;
    expect(person.fullName).toBe('Nguyen Duc Hung');
    const roles = person.all.edges.map((e: any) => e.node.role);
    expect(roles).toEqual(expect.arrayContaining(['VICE_PRESIDENT', 'SECRETARY_GENERAL']));
    expect(person.all.edges.every((e: any) => /Singapore/.test(e.node.organization.name))).toBe(true);
  });

  it('the Union’s 6th-congress bodies and their rosters as of 2021', async () => {
    const { union } = await data(`{ union { congresses { nodes { number heldOn { text } electedBodies { nodes { kind size } } } }
      bodies { nodes { kind size members(asOf: "2021-01-01") { totalCount edges { role node { fullName } } } } } } }`);
    const sixth = union.congresses.nodes.find((c: any) => c.number === 6);
    expect(sixth.heldOn.text).toBe('2019-12-05');
    expect(sixth.electedBodies.nodes.map((b: any) => `${b.kind}:${b.size}`).sort()).toEqual(['INSPECTION_BOARD:5', 'PRESIDIUM:134', 'STANDING_COMMITTEE:19']);
    const inspection = union.bodies.nodes.find((b: any) => b.kind === 'INSPECTION_BOARD');
    expect(inspection.members.edges).toEqual([{ role: 'HEAD', node: { fullName: 'Phan Anh Son' } }]);
  });
});

describe('search', () => {
  it('finds persons with or without diacritics and ranks the best match first', async () => {
    for (const search of ['nguyen duc hung', 'Nguyễn Đức Hùng', 'NGUYEN DUC']) {
      const { persons } = await data('query($s: String!) { persons(first: 5, filter: { search: $s }) { edges { node { fullName } } } }', { s: search });
      expect(persons.edges[0].node.fullName).toMatch(/^Nguyen Duc/);
    }
  });

  it('finds organizations by any of their names, ranked', async () => {
    const { organizations } = await data('{ organizations(first: 3, filter: { search: "viet my" }) { edges { node { name } } } }');
    expect(organizations.edges[0].node.name).toBe('Hội Việt – Mỹ');
  });

  it('an empty search is a BAD_USER_INPUT naming the field', async () => {
    const { body } = await server.gql('{ persons(filter: { search: " – " }) { totalCount } }');
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.search' }] });
  });
});

describe('relationships on both ends', () => {
  it('a country: its associations, parliamentary groups and their chairs, events', async () => {
    const { country } = await data(`{ country(code: "LA") { nameEn
      organizations(first: 10) { edges { node { __typename name } } }
      parliamentaryGroups { nodes { legislature nameEn chair { person { fullName } } coordinatingAssociation { name } countries { code } } }
      events(first: 5) { totalCount } } }`);
    expect(country.organizations.edges.map((e: any) => e.node.__typename)).toContain('FriendshipAssociation');
    const na15 = country.parliamentaryGroups.nodes.find((g: any) => g.legislature === 15);
    expect(na15.chair.person.fullName).toBe('Trần Thanh Mẫn');
    expect(na15.countries).toEqual([{ code: 'LA' }]);
  });

  it('an abolished province answers in today’s geography', async () => {
    const { province } = await data(`{ province(key: "binh-duong-pre2025") { nameVi generation validUntil successor { nameVi } asOf { nameVi generation } before: asOf(date: "2025-06-30") { key } } }`);
    expect(province).toMatchObject({ generation: 'PRE_2025', validUntil: '2025-06-30', successor: { nameVi: expect.stringMatching(/Hồ Chí Minh/) }, before: { key: 'binh-duong-pre2025' } });
    expect(province.asOf.generation).toBe('POST_2025');
    const { provinces } = await data('{ provinces(filter: { validOn: "2025-07-01" }) { key } }');
    expect(provinces).toHaveLength(34);
    expect((await data('{ provinces(filter: { validOn: "2025-06-30" }) { key } }')).provinces).toHaveLength(63);
  });

  it('the 5th international conference with its organisers, and figures reported there beside it', async () => {
    const { events } = await data(`{ events(first: 50, filter: { kinds: [CONFERENCE], from: "2025-12-01", to: "2025-12-31" }) {
      edges { node { title startDate { text } venue participantCount participantCountQualifier organizers { nodes { abbreviation } } } } } }`);
    const fifth = events.edges.map((e: any) => e.node).find((n: any) => /5th International Conference/.test(n.title));
    expect(fifth).toMatchObject({ startDate: { text: '2025-12-04' }, participantCountQualifier: 'MORE_THAN' });
    expect(fifth.organizers.nodes.map((o: any) => o.abbreviation).sort()).toEqual(['COMINGO', 'VUFO']);
  });
});

describe('legal instruments and legislatures', () => {
  it('Decree 58/2022 with its registration rules, and the 16th legislature’s election milestones', async () => {
    const { legalInstruments, legislatures } = await data('{ legalInstruments { number signedBy { fullName } rules { article maxValidityYears registrationType } sources { citation } } legislatures { number milestones { date label } } }');
    const decree = legalInstruments.find((i: any) => i.number === '58/2022/NĐ-CP');
    expect(decree.signedBy.fullName).toBe('Phạm Bình Minh');
    expect(decree.rules).toEqual(expect.arrayContaining([expect.objectContaining({ maxValidityYears: 3, registrationType: 'OPERATION' }), expect.objectContaining({ maxValidityYears: 5, registrationType: 'REPRESENTATIVE_OFFICE' })]));
    expect(decree.sources.length).toBeGreaterThan(0);
    const sixteenth = legislatures.find((l: any) => l.number === 16);
    expect(sixteenth.milestones).toContainEqual({ date: '2026-03-15', label: expect.stringMatching(/election/) });
  });
});

describe('global IDs', () => {
  it('every type round-trips through node(id)', async () => {
    const d = await data(`{
      union { id __typename congresses { nodes { id __typename } } bodies { nodes { id __typename members(first: 1) { edges { membership { id __typename } node { id __typename } } } } } }
      countries { id __typename }
      sectors { id __typename }
      provinces { id __typename changes { id __typename } }
      legislatures { id __typename }
      parliamentaryGroups(first: 100) { nodes { id __typename members { nodes { id __typename } } } }
      reportedFigures(first: 5) { edges { node { id __typename } } }
      events(first: 100) { edges { node { id __typename participations(first: 1) { edges { node { id __typename } } } } } }
      partnerships(first: 1) { edges { node { id __typename } } }
      country(code: "RU") { ambassadorPostings { nodes { id __typename } } }
    }`);
    const found = new Map<string, string>();
    JSON.stringify(d, (key, value) => {
      if (value && typeof value === 'object' && typeof value.id === 'string' && typeof value.__typename === 'string') found.set(value.__typename, value.id);
      return value;
    });
    expect([...found.keys()].sort()).toEqual(expect.arrayContaining(['AmbassadorPosting', 'Body', 'Congress', 'Country', 'Event', 'GroupMembership', 'Legislature', 'Membership', 'ParliamentaryGroup', 'Participation', 'Partnership', 'Person', 'Province', 'ProvinceChange', 'ReportedFigure', 'Sector', 'Union']));
    for (const [typename, id] of found) {
      const { node } = await data('query($id: ID!) { node(id: $id) { id __typename } }', { id });
      expect(node).toEqual({ id, __typename: typename });
    }
  });

  it('an unknown ID is NOT_FOUND and a malformed one BAD_USER_INPUT, for every lookup', async () => {
    const unknown = Buffer.from('Person:00000000-0000-4000-8000-000000000000').toString('base64url');
    const { body: missing } = await server.gql('query($id: ID!) { person(id: $id) { id } }', { id: unknown });
    expect(missing.errors![0].extensions!.code).toBe('NOT_FOUND');
    const { body: wrongType } = await server.gql('query($id: ID!) { event(id: $id) { id } }', { id: unknown });
    expect(wrongType.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const { body: garbage } = await server.gql('{ organization(id: "%%%") { id } }');
    expect(garbage.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('nested connections page forwards and backwards', () => {
  it('the Union’s member organizations', async () => {
    const q = `query($first: Int, $after: String, $last: Int, $before: String) { union { memberOrganizations(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id name } } } } }`;
    const all = (await data(q, { first: 100 })).union.memberOrganizations;
    expect(all.totalCount).toBe(all.edges.length);
    const first = (await data(q, { first: 3 })).union.memberOrganizations;
    const second = (await data(q, { first: 3, after: first.pageInfo.endCursor })).union.memberOrganizations;
    expect(second.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(3, 6).map((e: any) => e.node.id));
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back = (await data(q, { last: 3, before: second.pageInfo.startCursor })).union.memberOrganizations;
    expect(back.edges.map((e: any) => e.node.id)).toEqual(first.edges.map((e: any) => e.node.id));
    expect(back.pageInfo.hasPreviousPage).toBe(false);
    const tail = (await data(q, { last: 2 })).union.memberOrganizations;
    expect(tail.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(-2).map((e: any) => e.node.id));
  });
});

import { PartialDate } from '../../src/db/partial-date.js';
import { EventOrganizer } from '../../src/modules/event/event-organizer.entity.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { PartnershipSector } from '../../src/modules/partnership/partnership-sector.entity.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { Sector } from '../../src/modules/sector/sector.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * The network drawn for these tests:
 *
 *   A ──partner── X ──partner── B ──partner── Y ··lapsed·· C
 *   │                           └──── shared event ──────── C
 *   └─ shared person Đỗ Văn Chung ── D ──partner── Z          E (alone)
 *
 * A, B, C, D, E are friendship associations; X, Y, Z businesses. A and B work in health.
 */
const src = { sourceCitations: ['test fixture'] };
const id: Record<string, string> = {};
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer('network', { seed: false });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const org = (key: string, kind: OrganizationKind) => {
      const o = tx.create(Organization, { kind, nameVi: `Tổ chức ${key}`, ...src });
      id[key] = o.id;
      return o;
    };
    const [A, B, C, D, E] = ['A', 'B', 'C', 'D', 'E'].map((k) => org(k, OrganizationKind.FRIENDSHIP_ASSOCIATION));
    const [X, Y, Z] = ['X', 'Y', 'Z'].map((k) => org(k, OrganizationKind.BUSINESS));
    const health = tx.create(Sector, { key: 'health', nameEn: 'Health', ...src });
    const partner = (a: Organization, b: Organization, status = PartnershipStatus.ACTIVE, since = '2024', sector?: Sector) => {
      const p = tx.create(Partnership, { organization: a, partnerOrganization: b, kind: PartnershipKind.NEW, status, since: PartialDate.parse(since), ...src });
      if (sector) tx.create(PartnershipSector, { partnership: p, sector });
    };
    partner(A, X, PartnershipStatus.ACTIVE, '2023', health);
    partner(B, X, PartnershipStatus.ACTIVE, '2024', health);
    partner(B, Y, PartnershipStatus.ACTIVE, '2025', health);
    partner(C, Y, PartnershipStatus.LAPSED, '2019');
    partner(D, Z);
    const chung = tx.create(Person, { fullName: 'Đỗ Văn Chung', ...src });
    id.chung = chung.id;
    tx.create(Membership, { person: chung, organization: A, role: Role.VICE_PRESIDENT, ...src });
    tx.create(Membership, { person: chung, organization: D, role: Role.MEMBER, ...src });
    const event = tx.create(Event, { kind: EventKind.EXCHANGE, title: 'Giao lưu B–C', startDate: PartialDate.parse('2025-05-01'), ...src });
    tx.create(EventOrganizer, { event, organization: B });
    tx.create(EventOrganizer, { event, organization: C });
    void E;
    await tx.flush();
  });
});
afterAll(() => server.stop());

const gid = (key: string) => toGlobalId(key === 'chung' ? 'Person' : 'Organization', id[key]);
const label = (key: string) => `Tổ chức ${key}`;

async function data(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const NEIGHBOURS = `query($id: ID!, $hops: Int!, $lapsed: Boolean!) { neighbourhood(id: $id, hops: $hops, includeLapsed: $lapsed) {
  truncated nodes { id label hops kind category } edges { source target kind weight label } } }`;

const hopsOf = async (key: string, hops: number, lapsed = false) => {
  const { neighbourhood } = await data(NEIGHBOURS, { id: gid(key), hops, lapsed });
  return Object.fromEntries(neighbourhood.nodes.map((n: any) => [n.label, n.hops]));
};

describe('neighbourhood', () => {
  it('a graph node has its own identity, so a client cache keeps two graphs apart; nodeId links to the real node', async () => {
    const Q = 'query($id: ID!) { neighbourhood(id: $id, hops: 2) { nodes { id nodeId label hops organization { id } } edges { source target } } }';
    const fromA = (await data(Q, { id: gid('A') })).neighbourhood;
    const fromB = (await data(Q, { id: gid('B') })).neighbourhood;
    const x = (graph: any) => graph.nodes.find((n: any) => n.label === label('B'));
    // B is 2 hops from A and the centre (0 hops) of its own graph: two different graph nodes of one organization
    expect(x(fromA)).toMatchObject({ nodeId: gid('B'), hops: 2, organization: { id: gid('B') } });
    expect(x(fromB)).toMatchObject({ nodeId: gid('B'), hops: 0, organization: { id: gid('B') } });
    expect(x(fromA).id).not.toBe(x(fromB).id);
    for (const node of fromA.nodes) expect(node.id).not.toBe(node.nodeId);
    // node ids are unique within a graph, and edges name the nodes' nodeIds
    expect(new Set(fromA.nodes.map((n: any) => n.id)).size).toBe(fromA.nodes.length);
    const nodeIds = new Set(fromA.nodes.map((n: any) => n.nodeId));
    for (const edge of fromA.edges) expect([nodeIds.has(edge.source), nodeIds.has(edge.target)]).toEqual([true, true]);
  });

  it('at 1, 2 and 3 hops, through partnerships, shared people and shared events', async () => {
    expect(await hopsOf('A', 1)).toEqual({ [label('A')]: 0, [label('X')]: 1, [label('D')]: 1 });
    expect(await hopsOf('A', 2)).toEqual({ [label('A')]: 0, [label('X')]: 1, [label('D')]: 1, [label('B')]: 2, [label('Z')]: 2 });
    expect(await hopsOf('A', 3)).toEqual({ [label('A')]: 0, [label('X')]: 1, [label('D')]: 1, [label('B')]: 2, [label('Z')]: 2, [label('Y')]: 3, [label('C')]: 3 });
  });

  it('is a graph ready to draw: edges between the nodes, with kinds, weights and labels', async () => {
    const { neighbourhood } = await data(NEIGHBOURS, { id: gid('A'), hops: 1, lapsed: false });
    expect(neighbourhood.edges).toEqual(expect.arrayContaining([
      { source: gid('A'), target: gid('X'), kind: 'PARTNERSHIP', weight: 1, label: 'partnership' },
      { source: gid('A'), target: gid('D'), kind: 'SHARED_PERSON', weight: 1, label: 'shared person Đỗ Văn Chung' },
    ]));
    expect(neighbourhood.nodes.find((n: any) => n.label === label('X')).category).toBe('BUSINESS');
    const full = await data('query($id: ID!) { neighbourhood(id: $id, hops: 1) { nodes { label organization { name kind } person { fullName } } } }', { id: gid('A') });
    expect(full.neighbourhood.nodes).toContainEqual({ label: label('X'), organization: { name: label('X'), kind: 'BUSINESS' }, person: null });
  });

  it('a lapsed partnership is left out unless asked for', async () => {
    expect(await hopsOf('C', 1)).toEqual({ [label('C')]: 0, [label('B')]: 1 });
    expect(await hopsOf('C', 1, true)).toEqual({ [label('C')]: 0, [label('B')]: 1, [label('Y')]: 1 });
  });

  it('cycles do not loop and the node limit truncates', async () => {
    const { neighbourhood } = await data(`query($id: ID!) { neighbourhood(id: $id, hops: 3, limit: 3) { truncated nodes { label } } }`, { id: gid('B') });
    expect(neighbourhood.truncated).toBe(true);
    expect(neighbourhood.nodes).toHaveLength(3);
  });

  it('costs one statement per hop plus the names, whatever the size', async () => {
    server.resetQueries();
    await data(NEIGHBOURS, { id: gid('A'), hops: 3, lapsed: false });
    expect(server.queries.length).toBeLessThanOrEqual(3 + 3);
  });
});

describe('connection paths', () => {
  const PATHS = `query($from: ID!, $to: ID!, $max: Int!) { connectionPaths(fromId: $from, toId: $to, maxHops: $max) {
    connected summary paths { hops explanation steps { from { label } to { label } edge { kind } } } } }`;

  it('the shortest path, each hop explained', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('A'), to: gid('C'), max: 4 });
    expect(connectionPaths.connected).toBe(true);
    expect(connectionPaths.paths).toHaveLength(1);
    expect(connectionPaths.paths[0].hops).toBe(3);
    expect(connectionPaths.paths[0].steps.map((s: any) => s.edge.kind)).toEqual(['PARTNERSHIP', 'PARTNERSHIP', 'SHARED_EVENT']);
    expect(connectionPaths.paths[0].explanation).toBe('Tổ chức A → partnership → Tổ chức X → partnership → Tổ chức B → shared event Giao lưu B–C → Tổ chức C');
  });

  it('from a person', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('chung'), to: gid('Z'), max: 4 });
    expect(connectionPaths.paths[0].explanation).toBe('Đỗ Văn Chung → post in → Tổ chức D → partnership → Tổ chức Z');
  });

  it('no connection within N hops is an answer, not an error', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('A'), to: gid('E'), max: 4 });
    expect(connectionPaths).toEqual({ connected: false, paths: [], summary: 'No connection between Tổ chức A and Tổ chức E within 4 hops.' });
    const tooShort = await data(PATHS, { from: gid('A'), to: gid('C'), max: 2 });
    expect(tooShort.connectionPaths.connected).toBe(false);
  });

  it('from an organization to itself: connected, one path of no hops', async () => {
    const { connectionPaths } = await data(PATHS, { from: gid('A'), to: gid('A'), max: 4 });
    expect(connectionPaths).toEqual({ connected: true, summary: '1 shortest connection(s) of 0 hop(s).', paths: [{ hops: 0, explanation: 'Tổ chức A', steps: [] }] });
  });
});

describe('shared partners, suggestions and summaries', () => {
  it('partners two associations share', async () => {
    const { partnersInCommon } = await data('query($a: ID!, $b: ID!) { partnersInCommon(of: $a, comparedWith: $b) { totalCount nodes { organization { name } partnership { since { text } } comparedWithPartnership { since { text } } } } }', { a: gid('A'), b: gid('B') });
    expect(partnersInCommon).toEqual({ totalCount: 1, nodes: [{ organization: { name: label('X') }, partnership: { since: { text: '2023' } }, comparedWithPartnership: { since: { text: '2024' } } }] });
  });

  it('suggestions leave out existing partners and explain themselves', async () => {
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on Organization { partnerSuggestions { nodes { partner { name } score reasons } } } } }', { id: gid('A') });
    const names = node.partnerSuggestions.nodes.map((s: any) => s.partner.name);
    expect(names).not.toContain(label('X'));
    expect(names).toEqual(expect.arrayContaining([label('Y'), label('Z')]));
    const z = node.partnerSuggestions.nodes.find((s: any) => s.partner.name === label('Z'));
    expect(z.reasons).toEqual(['Tổ chức D works with it (1 shared people)']);
    const y = node.partnerSuggestions.nodes.find((s: any) => s.partner.name === label('Y'));
    // B shares partner X with A and works in the same sector.
    expect(y.reasons[0]).toBe('Tổ chức B works with it (shares 1 partner with you, 1 shared sectors)');
  });

  it('suggestions for a list of organizations: each as asked alone, in one statement for the list', async () => {
    const one = `query($id: ID!) { node(id: $id) { ... on Organization { partnerSuggestions(first: 1) { nodes { partner { name } score reasons } } } } }`;
    const alone: Record<string, unknown> = {};
    for (const key of ['A', 'B', 'C', 'D', 'E']) alone[label(key)] = (await data(one, { id: gid(key) })).node.partnerSuggestions;
    expect((alone[label('A')] as { nodes: unknown[] }).nodes).toHaveLength(1);
    const list = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { name partnerSuggestions(first: 1) { nodes { partner { name } score reasons } } } } }`;
    const statementsFor = async (keys: string[]) => {
      server.resetQueries();
      const { nodes } = await data(list, { ids: keys.map(gid) });
      for (const node of nodes) expect(node.partnerSuggestions).toEqual(alone[node.name]);
      return server.queries.length;
    };
    expect(await statementsFor(['A', 'B', 'C', 'D', 'E'])).toBe(await statementsFor(['A']));
  });

  it('an organization’s partners filtered by partner kind, sector, status and date', async () => {
    const q = `query($id: ID!, $filter: PartnershipFilter) { node(id: $id) { ... on Organization { partnerships(filter: $filter) { totalCount edges { node { partnerOrganization { name } } } } } } }`;
    const names = async (key: string, filter: Record<string, unknown>) => (await data(q, { id: gid(key), filter })).node.partnerships.edges.map((e: any) => e.node.partnerOrganization.name);
    expect(await names('B', { partnerKinds: ['BUSINESS'], sectorKeys: ['health'] })).toEqual([label('Y'), label('X')]);
    expect(await names('B', { activeOn: '2024-06-01' })).toEqual([label('X')]);
    expect(await names('C', {})).toEqual([]);
    expect(await names('C', { statuses: ['LAPSED'] })).toEqual([label('Y')]);
    expect(await names('B', { partnerKinds: ['FOREIGN_NGO'] })).toEqual([]);
  });

  it('network summary and Union-wide growth by partner kind and year', async () => {
    const { node } = await data('query($id: ID!) { node(id: $id) { ... on Organization { networkSummary { degree activeByPartnerKind { key count } activeBySector { key count } } } } }', { id: gid('B') });
    expect(node.networkSummary).toEqual({ degree: 2, activeByPartnerKind: [{ key: 'BUSINESS', count: 2 }], activeBySector: [{ key: 'health', count: 2 }] });
    const { partnershipGrowth } = await data('{ partnershipGrowth { year partnerKind count } }');
    expect(partnershipGrowth).toEqual(expect.arrayContaining([{ year: 2024, partnerKind: 'BUSINESS', count: 2 }, { year: 2019, partnerKind: 'BUSINESS', count: 1 }]));
  });
});

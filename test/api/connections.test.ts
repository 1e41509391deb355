import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { PartialDate } from '../../src/db/partial-date.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Congress } from '../../src/modules/congress/congress.entity.js';
import { roleRank } from '../../src/modules/membership/membership.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { Partnership } from '../../src/modules/partnership/partnership.entity.js';
import { PartnershipKind, PartnershipStatus } from '../../src/modules/partnership/partnership.enums.js';
import { buildNetwork } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 14, items 1 and 9. Every list that grows with the directory is a Relay connection with
 * `totalCount` and `nodes` beside `edges`, paged by keyset cursors that follow the list's own order
 * (a computed report keeps its order: inactive members least active first, ties and all). The few
 * plain lists left each say in their description why they cannot grow with the directory. Arguments
 * that meant something else elsewhere (`first` an organization, `from` a node) have new names; the old
 * ones still work, marked deprecated.
 */
let server: TestServer;
let secretariat: Record<string, string>;
let association: string;
let neighbour: string;

beforeAll(async () => {
  server = await startTestServer('connections');
  const em = server.app.database.orm.em.fork();
  const [first, second] = await buildNetwork(em, 6, 'walk');
  // Four earlier congresses, each with the committee it elected: five of each in all.
  await em.transactional(async (tx) => {
    const organization = await tx.findOneOrFail(Organization, first.id);
    for (const year of [2003, 2008, 2013, 2018]) {
      const congress = tx.create(Congress, { organization, number: year - 2000, heldOn: PartialDate.parse(`${year}-05-01`), termStart: PartialDate.parse(`${year}`), termEnd: PartialDate.parse(`${year + 5}`), sourceCitations: ['test fixture'] });
      tx.create(Body, { organization, congress, kind: BodyKind.EXECUTIVE_COMMITTEE, termStart: PartialDate.parse(`${year}`), termEnd: PartialDate.parse(`${year + 5}`), size: 7, sourceCitations: ['test fixture'] });
    }
    // Two partners of the first association are the second's too.
    for (const partnership of (await tx.find(Partnership, { organization: first.id }, { orderBy: { id: 'asc' }, limit: 2 }))) {
      tx.create(Partnership, { organization: second.id, partnerOrganization: partnership.partnerOrganization, kind: PartnershipKind.NEW, status: PartnershipStatus.ACTIVE, sourceCitations: ['test fixture'] });
    }
  });
  association = Buffer.from(`Organization:${first.id}`).toString('base64url');
  neighbour = Buffer.from(`Organization:${second.id}`).toString('base64url');
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  secretariat = { authorization: `Bearer ${await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' })}` };
  // Eleven writes: eleven entries in the audit trail.
  for (let i = 0; i < 11; i++) {
    const { body } = await server.gql('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { fullName: `Người Thứ ${i}` } }, secretariat);
    expect(body.errors).toBeUndefined();
  }
});
afterAll(() => server.stop());

async function data(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const { body } = await server.gql(query, variables, headers);
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: unknown }[];
  nodes: unknown[];
}

/** `connection` is the query's selection of the list, with `$first`/`$after` or `$last`/`$before` as its arguments. */
const pageQuery = (wrap: (args: string) => string, fields: string, args: string) =>
  wrap(`${args} { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${fields} } } nodes { ${fields} } }`);

/**
 * Reads the whole list in one page, then walks it `size` at a time forwards (after the end cursor) and
 * backwards (before the start cursor): every page's `nodes` are its edges' nodes, every page has the
 * whole list's totalCount, and the pages put together are the whole list, in its order.
 */
async function walk(name: string, wrap: (args: string) => string, fields: string, pick: (data: any) => Connection, size: number, headers: Record<string, string> = {}) {
  const read = async (args: string, variables: Record<string, unknown>) => {
    const declared = Object.keys(variables).map((name) => `$${name}: ${name === 'first' || name === 'last' ? 'Int' : 'String'}`);
    const connection = pick(await data(`query(${declared.join(', ')}) ${pageQuery(wrap, fields, args)}`, variables, headers));
    expect({ name, nodes: connection.nodes }).toEqual({ name, nodes: connection.edges.map((e) => e.node) });
    return connection;
  };
  const whole = await read('(first: $first)', { first: 100 });
  expect(whole.totalCount).toBe(whole.nodes.length);
  expect(whole.totalCount).toBeGreaterThan(2 * size);
  expect(whole.pageInfo.hasNextPage).toBe(false);

  // Forwards from the start with `first`/`after`, backwards from the end with `last`/`before`.
  for (const forward of [true, false]) {
    const seen: unknown[] = [];
    let cursor: string | null = null;
    for (let pages = 0; ; pages++) {
      expect(pages).toBeLessThan(100);
      const page = await read(forward ? '(first: $first, after: $after)' : '(last: $last, before: $before)', forward ? { first: size, after: cursor } : { last: size, before: cursor });
      expect(page.totalCount).toBe(whole.totalCount);
      expect(forward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage).toBe(cursor !== null);
      const more = forward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
      expect(page.nodes).toHaveLength(more ? size : Math.min(page.nodes.length, size));
      if (forward) seen.push(...page.nodes);
      else seen.unshift(...page.nodes);
      if (!more) break;
      cursor = forward ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    }
    expect({ name, forward, seen }).toEqual({ name, forward, seen: whole.nodes });
  }
  // Every edge has a cursor of its own.
  expect(new Set(whole.edges.map((e) => e.cursor)).size).toBe(whole.edges.length);
  return whole.nodes as any[];
}

describe('growing lists walked page by page with their cursors are the whole list', () => {
  it('auditTrail, newest first', async () => {
    const entries = await walk('auditTrail', (args) => `{ auditTrail${args} }`, 'id action entityType at', (d) => d.auditTrail, 3, secretariat);
    const times = entries.map((e) => e.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('inactiveMembers, least active first, ties (same rate, same invitations) kept in one stable order', async () => {
    const members = await walk(
      'inactiveMembers',
      (args) => `{ inactiveMembers${args.replace(')', ', from: "2024-01-01", to: "2024-12-31", maxRate: 1)')} }`,
      'person { fullName } body { id } invited recorded rate',
      (d) => d.inactiveMembers,
      4,
    );
    // The report's order: nothing recorded first, then by rate, the most invited first.
    const keys = members.map((m) => [m.recorded > 0 ? 1 : 0, m.rate ?? 0, -m.invited]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]));
    expect(new Set(keys.map(String)).size).toBeLessThan(keys.length);
  });

  it('an organization’s congresses and bodies, newest first', async () => {
    const of = (inner: string) => `{ organization(id: "${association}") { ${inner} } }`;
    const congresses = await walk('congresses', (args) => of(`congresses${args}`), 'number heldOn { start }', (d) => d.organization.congresses, 2);
    const held = congresses.map((c) => c.heldOn.start);
    expect(held).toEqual([...held].sort().reverse());
    const bodies = await walk('bodies', (args) => of(`bodies${args}`), 'id kind termStart { start }', (d) => d.organization.bodies, 2);
    const terms = bodies.map((b) => b.termStart.start);
    expect(terms).toEqual([...terms].sort().reverse());
  });

  it('reportedFigures, in date order over several keys', async () => {
    await walk('reportedFigures', (args) => `{ reportedFigures${args} }`, 'metric value periodEnd { text } asOf { text }', (d) => d.reportedFigures, 7);
  });

  it('a body’s changes and its members’ attendance, lists ordered in memory, page like the others', async () => {
    // The committee of 2023: six members, all joined on one day (the order is by rank then).
    const { organization } = await data(`{ organization(id: "${association}") { bodies(first: 1) { nodes { id } } } }`);
    const body = (inner: string) => `{ node(id: "${organization.bodies.nodes[0].id}") { ... on Body { ${inner} } } }`;
    const changes = await walk('Body.changes', (args) => body(`changes${args}`), 'date { text } kind membership { role }', (d) => d.node.changes, 2);
    expect(changes[0].membership.role).toBe('PRESIDENT');
    const committee = (inner: string) => body(`attendance(from: "2024-01-01", to: "2024-12-31") { ${inner} }`);
    await walk('BodyAttendance.members', (args) => committee(`members${args}`), 'person { fullName } rate', (d) => d.node.attendance.members, 2);
  });

  it('partner suggestions of an organization, best first (a report paged per parent)', async () => {
    const suggestions = await walk('partnerSuggestions', (args) => `{ organization(id: "${association}") { partnerSuggestions${args} } }`, 'partner { name } score', (d) => d.organization.partnerSuggestions, 3);
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('a parliamentary group’s members as a roster reads: the chair first, members after', async () => {
    const { parliamentaryGroups } = await data('{ parliamentaryGroups(first: 100) { nodes { members(first: 100) { nodes { role } } } } }');
    const rosters = parliamentaryGroups.nodes.map((g: any) => g.members.nodes.map((m: any) => roleRank(m.role)));
    expect(rosters.some((ranks: number[]) => ranks.length > 1 && ranks[0] < ranks.at(-1)!)).toBe(true);
    for (const ranks of rosters) expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('a cursor of one list is refused by another', async () => {
    const { organizations } = await data('{ organizations(first: 1) { pageInfo { endCursor } } }');
    const { body } = await server.gql('query($after: String) { union { congresses(after: $after) { totalCount } } }', { after: organizations.pageInfo.endCursor });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'cursor of another list or order' }] });
  });
});

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

/**
 * The lists left plain: each cannot grow with the directory, and its description says why (ending in
 * "Not paged: <reason>."). An organization's countries and the sources of a record appear once per type
 * that has them.
 */
const ORGANIZATION_TYPES = ['Organization', 'Union', 'UnionBody', 'FriendshipAssociation', 'LocalUnion', 'LocalAssociation', 'ForeignNgo', 'PartnerOrganization'];
const SOURCED_TYPES = [
  ...ORGANIZATION_TYPES, 'Sourced', 'AidRecord', 'OrganizationIdentifier', 'AmbassadorPosting', 'Body', 'Congress', 'Country', 'Event', 'GroupMembership', 'InterventionArea', 'LegalInstrument', 'LegalRule',
  'Legislature', 'Membership', 'ParliamentaryGroup', 'Participation', 'Partnership', 'Person', 'Province', 'ProvinceChange', 'Registration', 'ReportedFigure', 'Sector',
];
const PLAIN_LISTS = [
  ...SOURCED_TYPES.map((type) => `${type}.sources`),
  ...ORGANIZATION_TYPES.map((type) => `${type}.countries`),
  ...ORGANIZATION_TYPES.map((type) => `${type}.identifiers`),
  // scalars a record holds: the dates its sources give, a unit's names
  'AmbassadorPosting.attestedOn', 'Membership.attestedOn', 'Partnership.attestedOn', 'Event.startDateCandidates',
  'Province.aliases', 'Province.formerCapitalWardNames', 'Province.specialZones', 'LegalRule.allowedProvinceKeys', 'PartnerSuggestion.reasons',
  // reference lists and a record's few entries from them
  'Query.countries', 'Query.provinces', 'Query.sectors', 'Query.legalInstruments', 'Query.legislatures', 'Query.identifierSchemes', 'LegalInstrument.rules', 'Legislature.milestones',
  'Event.countries', 'ParliamentaryGroup.countries', 'Partnership.sectors', 'Province.predecessors', 'Province.changes', 'Person.contactPoints',
  // aggregates: a row per group of a reference list or year
  'Query.aidStatistics', 'Query.ngoCounts', 'Query.partnershipGrowth', 'ForeignNgoOverview.aidByYear', 'NetworkSummary.activeByPartnerKind', 'NetworkSummary.activeBySector',
  // bounded by an argument: ids, a graph's limit, k paths of maxHops hops
  'Query.nodes', 'NetworkGraph.nodes', 'NetworkGraph.edges', 'NetworkEdge.via', 'ConnectionPaths.paths', 'NetworkPath.steps',
  // the answer of one write
  'RemapResult.changes', 'ParticipationsPayload.participations', 'EndBodyTermPayload.endedMemberships',
  // deprecated, kept as it was for old clients
  'Query.sharedPartners',
].sort();

describe('the schema, by introspection', () => {
  let types: { name: string; kind: string; fields: { name: string; description: string | null; isDeprecated: boolean; type: any; args: any[] }[] | null }[];
  beforeAll(async () => {
    const { __schema } = await data(
      `{ __schema { types { name kind fields(includeDeprecated: true) { name description isDeprecated args(includeDeprecated: true) { name isDeprecated deprecationReason } type { ${TYPE_REF} } } } } }`,
    );
    types = __schema.types.filter((t: any) => !t.name.startsWith('__') && t.fields);
  });
  const unwrapNonNull = (type: any) => (type.kind === 'NON_NULL' ? type.ofType : type);

  it('leaves exactly these lists plain, each with its reason in its description', () => {
    const plain = types.flatMap((t) =>
      t.fields!.filter((f) => unwrapNonNull(f.type).kind === 'LIST' && !(t.name.endsWith('Connection') && ['edges', 'nodes'].includes(f.name))).map((f) => ({ field: `${t.name}.${f.name}`, description: f.description })),
    );
    expect(plain.map((p) => p.field).sort()).toEqual(PLAIN_LISTS);
    for (const { field, description } of plain) expect({ field, reason: /Not paged: \S.*\.$/.test(description ?? '') }).toEqual({ field, reason: true });
  });

  it('every connection has totalCount, pageInfo, edges and nodes of the edges’ node type', () => {
    const connections = types.filter((t) => t.kind === 'OBJECT' && t.name.endsWith('Connection'));
    expect(connections.length).toBeGreaterThan(25);
    for (const connection of connections) {
      const field = (name: string) => connection.fields!.find((f) => f.name === name);
      expect([connection.name, ['totalCount', 'pageInfo', 'edges', 'nodes'].filter((name) => !field(name))]).toEqual([connection.name, []]);
      const edge = types.find((t) => t.name === unwrapNonNull(unwrapNonNull(field('edges')!.type).ofType).name)!;
      const nodeType = unwrapNonNull(edge.fields!.find((f) => f.name === 'node')!.type).name;
      expect([connection.name, unwrapNonNull(unwrapNonNull(field('nodes')!.type).ofType).name]).toEqual([connection.name, nodeType]);
    }
  });

  it('no argument named like the page arguments means something else; the old names are deprecated', () => {
    const query = types.find((t) => t.name === 'Query')!;
    const args = (field: string) => Object.fromEntries(query.fields!.find((f) => f.name === field)!.args.map((a: any) => [a.name, a.isDeprecated]));
    expect(args('connectionPaths')).toMatchObject({ fromId: false, toId: false, from: true, to: true });
    expect(args('partnersInCommon')).toMatchObject({ of: false, comparedWith: false, first: false });
    expect(query.fields!.find((f) => f.name === 'sharedPartners')!.isDeprecated).toBe(true);
  });
});

describe('the renamed arguments, and the old names still answering', () => {
  it('partnersInCommon(of:, comparedWith:) pages what sharedPartners(first:, second:) lists', async () => {
    const [a, b] = [association, neighbour];
    const { partnersInCommon, sharedPartners } = await data(
      `query($a: ID!, $b: ID!) { partnersInCommon(of: $a, comparedWith: $b) { totalCount nodes { organization { id } partnership { id } comparedWithPartnership { id } } }
        sharedPartners(first: $a, second: $b) { organization { id } first { id } second { id } } }`,
      { a, b },
    );
    expect(sharedPartners).toEqual(partnersInCommon.nodes.map((p: any) => ({ organization: p.organization, first: p.partnership, second: p.comparedWithPartnership })));
    expect(partnersInCommon.totalCount).toBe(2);
    expect(sharedPartners).toHaveLength(2);
  });

  it('connectionPaths(fromId:, toId:) answers as connectionPaths(from:, to:) did; neither, or two that differ, is BAD_USER_INPUT', async () => {
    const q = (args: string) => `{ connectionPaths(${args}, maxHops: 2) { connected summary paths { explanation } } }`;
    const renamed = (await data(q(`fromId: "${association}", toId: "${neighbour}"`))).connectionPaths;
    expect(renamed.connected).toBe(true);
    expect((await data(q(`from: "${association}", to: "${neighbour}"`))).connectionPaths).toEqual(renamed);
    expect((await data(q(`from: "${association}", fromId: "${association}", toId: "${neighbour}"`))).connectionPaths).toEqual(renamed);
    const neither = await server.gql(q(`toId: "${neighbour}"`));
    expect(neither.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'fromId', message: 'required' }] });
    const apart = await server.gql(q(`from: "${neighbour}", fromId: "${association}", toId: "${neighbour}"`));
    expect(apart.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from', message: 'conflicts with fromId' }] });
  });
});

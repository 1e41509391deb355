import { buildNetwork } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  // Pages of 200, a generous cost limit and statement timeout (partner suggestions for 200 associations take
  // seconds on a loaded machine): this test is about SQL statements, not limits.
  server = await startTestServer('statements', { seed: false, env: { MAX_PAGE_SIZE: '250', MAX_QUERY_COST: '100000000', MAX_QUERY_DEPTH: '20', POINT_BUDGET: '1000000000', STATEMENT_TIMEOUT_MS: '60000' } });
  await buildNetwork(server.app.database.orm.em.fork(), 200, 'net');
});
afterAll(() => server.stop());

const NETWORK = `query($first: Int!) {
  organizations(first: $first, filter: { kinds: [FRIENDSHIP_ASSOCIATION] }) {
    totalCount
    edges { node {
      name
      countries { code }
      officeHolder { person { fullName } }
      congresses { nodes { number electedBodies { nodes { kind } } } }
      bodies { nodes {
        kind
        members(first: 5) {
          totalCount
          edges { role node {
            fullName
            memberships(history: true, first: 3) { totalCount edges { node { role organization { name } body { kind } } } }
          } }
        }
      } }
      partnerships(first: 3) { totalCount edges { node { kind partnerOrganization { name } sectors { key } } } }
      events(first: 2) { edges { node { title participations(first: 3) { edges { node { attended person { fullName } } } } } } }
    } }
  }
}`;

async function statementsFor(first: number) {
  server.resetQueries();
  const { body } = await server.gql(NETWORK, { first });
  expect(body.errors).toBeUndefined();
  return { statements: server.queries.length, data: body.data };
}

describe('the number of SQL statements depends on the shape of an operation, not on its size', () => {
  it('5 and 200 associations with their rosters, people’s posts, partners and events cost the same', async () => {
    const five = await statementsFor(5);
    const many = await statementsFor(200);

    expect(five.data.organizations.edges).toHaveLength(5);
    expect(many.data.organizations.edges).toHaveLength(200);
    // the nested pages really are filled, per parent
    const last = many.data.organizations.edges[199].node;
    expect(last.bodies.nodes[0].members.edges).toHaveLength(5);
    expect(last.bodies.nodes[0].members.totalCount).toBe(6);
    expect(last.partnerships.edges).toHaveLength(3);
    expect(last.partnerships.totalCount).toBe(4);
    expect(last.officeHolder.person.fullName).toMatch(/^Nguyễn Văn net 199-0$/);

    expect(many.statements).toBe(five.statements);
    // and again: batching follows the levels of the operation, not the timing of the database
    expect((await statementsFor(200)).statements).toBe(five.statements);
    // one statement per level of the operation, never one per parent
    expect(five.statements).toBeLessThanOrEqual(25);
  });
});

const SECRETARIAT = `query($first: Int!) {
  organizations(first: $first, filter: { kinds: [FRIENDSHIP_ASSOCIATION] }) {
    edges { node {
      name
      congresses { nodes { number termEnd { text } } }
      bodies { nodes {
        kind
        seats(asOf: "2024-06-01") { size filled vacancies }
        changes { totalCount nodes { date { text } kind membership { role person { fullName } } } }
        attendance(from: "2024-01-01", to: "2024-12-31") { invited attended rate members { totalCount edges { cursor node { rate person { fullName attendance(from: "2024-01-01", to: "2024-12-31") { rate } } } } } }
        members(asOf: "2024-06-01", first: 10) { edges { role node { fullName } } }
      } }
    } }
  }
}`;

describe('the secretariat’s queries batch too', () => {
  it('rosters, seats, changes and attendance of 5 and of 200 associations cost the same', async () => {
    const count = async (first: number) => {
      server.resetQueries();
      const { body } = await server.gql(SECRETARIAT, { first });
      expect(body.errors).toBeUndefined();
      return { statements: server.queries.length, data: body.data };
    };
    const five = await count(5);
    const many = await count(200);
    expect(many.data.organizations.edges[150].node.bodies.nodes[0].attendance.members.edges).toHaveLength(6);
    expect(many.statements).toBe(five.statements);
    expect(five.statements).toBeLessThanOrEqual(15);
  });
});

const CONNECTIONS = `query($first: Int!, $after: String) {
  organizations(first: $first, after: $after, filter: { kinds: [FRIENDSHIP_ASSOCIATION] }) {
    pageInfo { endCursor }
    edges { node {
      partnerSuggestions(first: 3) { totalCount nodes { score partner { name } } }
      parliamentaryGroups { totalCount nodes { nameEn members { totalCount nodes { role } } } }
      congresses(first: 2) { totalCount pageInfo { hasNextPage } edges { cursor node { number electedBodies { totalCount nodes { kind } } } } }
      bodies(first: 1) { totalCount nodes { changes(first: 2) { totalCount nodes { kind } } attendance(from: "2024-01-01", to: "2024-12-31") { members(first: 2) { totalCount nodes { rate } } } } }
    } }
  }
  inactiveMembers(first: $first, from: "2024-01-01", to: "2024-12-31") { totalCount nodes { rate person { fullName } } }
  understaffedBodies(first: $first, asOf: "2024-06-01") { totalCount nodes { seats { vacancies } body { kind } } }
}`;

describe('the lists that became connections batch too', () => {
  it('computed and nested connections, with their totals, cost the same for 5 and 200 parents, on a first page and after a cursor', async () => {
    const count = async (first: number, after?: string) => {
      server.resetQueries();
      const { body } = await server.gql(CONNECTIONS, { first, after });
      expect(body.errors).toBeUndefined();
      return { statements: server.queries.length, data: body.data };
    };
    const five = await count(5);
    const many = await count(200);
    expect(many.data.organizations.edges).toHaveLength(200);
    expect(many.data.organizations.edges[150].node.bodies.nodes[0].attendance.members.nodes).toHaveLength(2);
    expect(many.statements).toBe(five.statements);
    // After a cursor the root list counts apart (with a cursor the page's statement does not see every row).
    const later = await count(5, five.data.organizations.pageInfo.endCursor);
    const laterMany = await count(150, five.data.organizations.pageInfo.endCursor);
    expect(laterMany.statements).toBe(later.statements);
    expect(later.statements).toBeLessThanOrEqual(five.statements + 1);
  });
});

describe('`nodes` reads as `edges { node }` does', () => {
  it('the same rows in the same number of statements, the references of the nodes read with their page', async () => {
    const roster = (list: (fields: string) => string) =>
      `query($first: Int!) { organizations(first: $first, filter: { kinds: [FRIENDSHIP_ASSOCIATION] }) { ${list(`name bodies { ${list(`kind members(first: 5) { ${list('fullName')} } changes(first: 2) { ${list('membership { role person { fullName } }')} }`)} }`)} } }`;
    const run = async (query: string) => {
      server.resetQueries();
      const { body } = await server.gql(query, { first: 20 });
      expect(body.errors).toBeUndefined();
      return { statements: server.queries.length, data: body.data };
    };
    const edges = await run(roster((fields) => `edges { node { ${fields} } }`));
    const nodes = await run(roster((fields) => `nodes { ${fields} }`));
    expect(nodes.statements).toBe(edges.statements);
    const flatten = (value: any): any => (Array.isArray(value) ? value.map(flatten) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => (k === 'edges' ? ['nodes', (v as any[]).map((e) => flatten(e.node))] : [k, flatten(v)]))) : value);
    expect(nodes.data).toEqual(flatten(edges.data));
  });
});

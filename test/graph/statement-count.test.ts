import { buildNetwork } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  // Pages of 200 and a generous cost limit: this test is about SQL statements, not limits.
  server = await startTestServer('statements', { seed: false, env: { MAX_PAGE_SIZE: '250', MAX_QUERY_COST: '100000000', MAX_QUERY_DEPTH: '20', POINT_BUDGET: '1000000000' } });
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
      congresses { number electedBodies { kind } }
      bodies {
        kind
        members(first: 5) {
          totalCount
          edges { role node {
            fullName
            memberships(history: true, first: 3) { totalCount edges { node { role organization { name } body { kind } } } }
          } }
        }
      }
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
    expect(last.bodies[0].members.edges).toHaveLength(5);
    expect(last.bodies[0].members.totalCount).toBe(6);
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
      congresses { number termEnd { text } }
      bodies {
        kind
        seats(asOf: "2024-06-01") { size filled vacancies }
        changes { date { text } kind membership { role person { fullName } } }
        attendance(from: "2024-01-01", to: "2024-12-31") { invited attended rate members { rate person { fullName attendance(from: "2024-01-01", to: "2024-12-31") { rate } } } }
        members(asOf: "2024-06-01", first: 10) { edges { role node { fullName } } }
      }
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
    expect(many.data.organizations.edges[150].node.bodies[0].attendance.members).toHaveLength(6);
    expect(many.statements).toBe(five.statements);
    expect(five.statements).toBeLessThanOrEqual(15);
  });
});

import { callerKey } from '../../src/graphql/budget.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * What an operation costs, to the point, as `extensions.cost` reports it: a list costs one point plus its
 * selection once per row it may return, a connection without `first` its default page (20), introspection
 * one point per 20 values of its answer, and the limit itself is allowed (one point more is refused).
 */
const LIMIT = 2271;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('mutation_prices', { seed: false, env: { MAX_QUERY_COST: String(LIMIT) } });
});
afterAll(() => server.stop());

async function cost(query: string): Promise<number> {
  const { body } = await server.gql(query);
  expect(body.extensions?.cost?.maximumQueryCost).toBe(LIMIT);
  return body.extensions!.cost.requestedQueryCost;
}

// `edges { node { name } }`: edges 1 + node (1 + name 1) = 3 points per row.
const ROW = 'edges { node { name } }';

describe('a list is priced as the rows it asks for', () => {
  it.each([
    ['first: 3', `{ organizations(first: 3) { ${ROW} } }`, 1 + 3 * 3],
    ['no first: the default page of 20', `{ organizations { ${ROW} } }`, 1 + 20 * 3],
    ['first: 0 still one row', `{ organizations(first: 0) { ${ROW} } }`, 1 + 1 * 3],
    ['last: 5', `{ organizations(last: 5) { ${ROW} } }`, 1 + 5 * 3],
    // memberOrganizations declares no price: a connection without `first` costs its default page.
    ['a nested connection without first', `{ organizations(first: 2) { edges { node { memberOrganizations { ${ROW} } } } } }`, 1 + 2 * (1 + (1 + (1 + 20 * 3)))],
    ['a nested connection with first: 4', `{ organizations(first: 2) { edges { node { memberOrganizations(first: 4) { ${ROW} } } } } }`, 1 + 2 * (1 + (1 + (1 + 4 * 3)))],
    ['nodes(ids:) by the number of ids', '{ nodes(ids: ["T3JnYW5pemF0aW9uOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA", "T3JnYW5pemF0aW9uOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMQ", "T3JnYW5pemF0aW9uOjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMg"]) { id } }', 1 + 3 * 1],
    ['nodes(ids: []) as one', '{ nodes(ids: []) { id } }', 1 + 1 * 1],
    // A connection's `nodes` repeats its edges' nodes: priced once per row, as `edges { node }` is.
    ['nodes beside edges', `{ organizations(first: 3) { nodes { name } } }`, 1 + 3 * (1 + 1)],
    ['nodes and edges both', `{ organizations(first: 3) { nodes { name } ${ROW} } }`, 1 + 3 * (2 + 3)],
    // A list whose `first` was a plain limit keeps that default as its page: overdueCongresses, 50 (after its scan, 50).
    ['a connection with a default page of its own', '{ overdueCongresses { nodes { daysOverdue } } }', 50 + 1 + 50 * 2],
    ['a plain object field', '{ union { id } }', 1 + 1],
  ])('%s', async (_label, query, expected) => {
    expect(await cost(query)).toBe(expected);
  });
});

describe('an analysis is priced by the years of its period', () => {
  // Union-wide inactiveMembers: 1,500 + 75 per year + 1 + rows × 2 (`nodes { invited }`: nodes 1 + invited 1).
  const price = (years: number, rows: number) => 1500 + 75 * years + 1 + rows * 2;

  it.each([
    ['the default period: a year, 50 rows', '{ inactiveMembers { nodes { invited } } }', price(1, 50)],
    ['2016-01-01 to 2026-01-01 is ten years, leap days and all', '{ inactiveMembers(first: 10, from: "2016-01-01", to: "2026-01-01") { nodes { invited } } }', price(10, 10)],
    ['a day of zero length and first: 0 still cost a year and a row', '{ inactiveMembers(first: 0, from: "2026-01-01", to: "2026-01-01") { nodes { invited } } }', price(1, 1)],
  ])('%s', async (_label, query, expected) => {
    expect(await cost(query)).toBe(expected);
  });

  it('the limit itself is allowed; a few days more is a year more, over the limit, refused before it runs', async () => {
    expect(price(10, 10)).toBe(LIMIT);
    const within = await server.gql('{ inactiveMembers(first: 10, from: "2016-01-01", to: "2026-01-01") { nodes { invited } } }');
    expect(within.body.errors).toBeUndefined();
    expect(within.body.data.inactiveMembers).toEqual({ nodes: [] });

    const over = await server.gql('{ inactiveMembers(first: 10, from: "2016-01-01", to: "2026-01-05") { nodes { invited } } }');
    expect(over.status).toBe(400);
    expect(over.body.data).toBeUndefined();
    expect(over.body.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: { requestedQueryCost: price(11, 10), maximumQueryCost: LIMIT } });
  });

  it('a period longer than thirty years costs thirty', async () => {
    const { body } = await server.gql('{ inactiveMembers(first: 10, from: "1900-01-01", to: "2026-01-05") { nodes { invited } } }');
    expect(body.errors![0].extensions!.cost.requestedQueryCost).toBe(price(30, 10));
  });
});

describe('introspection is priced by the values of its answer, 20 to a point', () => {
  let types: number;
  beforeAll(async () => {
    const { body } = await server.gql('{ __schema { types { name } } }');
    types = body.data.__schema.types.length;
    expect(types).toBeGreaterThan(100);
  });
  // __schema 1 + its types list 1, then per type: the object 1 and each selected value.
  const points = (perType: number) => Math.ceil((2 + types * (1 + perType)) / 20);

  it('one value per type', async () => {
    expect(await cost('{ __schema { types { name } } }')).toBe(points(1));
  });
  it('__typename counts as a value', async () => {
    expect(await cost('{ __schema { types { __typename name } } }')).toBe(points(2));
  });
  it('a field skipped, or not included, costs nothing', async () => {
    expect(await cost('{ __schema { types { name @skip(if: true) } } }')).toBe(points(0));
    expect(await cost('{ __schema { types { name @include(if: false) } } }')).toBe(points(0));
    expect(await cost('{ __schema { types { name @skip(if: false) kind @include(if: true) } } }')).toBe(points(2));
  });
  it('through a fragment spread and an inline fragment, the same', async () => {
    expect(await cost('{ __schema { ...F } } fragment F on __Schema { types { name } }')).toBe(points(1));
    expect(await cost('{ __schema { types { ... on __Type { name } } } }')).toBe(points(1));
  });
  it('__type(name:) by the type it names', async () => {
    const { body } = await server.gql('{ __type(name: "PageInfo") { fields { name } } }');
    expect(body.data.__type.fields).toHaveLength(4);
    // __type 1 + fields list 1 + 4 × (object 1 + name 1) = 10 values: one point.
    expect(body.extensions!.cost.requestedQueryCost).toBe(1);
  });
});

describe('whose budget an operation spends', () => {
  it('a token by its subject, the public by its address; an IPv4 address mapped into IPv6 as the IPv4 one', () => {
    expect(callerKey({ role: 'READER', subject: 'alice' }, '10.0.0.1')).toBe('subject:alice');
    expect(callerKey({ role: 'PUBLIC' }, undefined)).toBe('address:unknown');
    expect(callerKey({ role: 'PUBLIC' }, '10.0.0.1')).toBe('address:10.0.0.1');
    expect(callerKey({ role: 'PUBLIC' }, '::ffff:10.0.0.1')).toBe('address:10.0.0.1');
  });

  it('an IPv6 client by its /64, however the address is written', () => {
    const key = 'address:2001:db8:0:1::/64';
    expect(callerKey({ role: 'PUBLIC' }, '2001:db8:0:1:aaaa:bbbb:cccc:dddd')).toBe(key);
    expect(callerKey({ role: 'PUBLIC' }, '2001:0db8:0000:0001::1')).toBe(key);
    expect(callerKey({ role: 'PUBLIC' }, '2001:db8:0:1::5%eth0')).toBe(key);
    expect(callerKey({ role: 'PUBLIC' }, '2001:db8::1:0:0:1')).toBe('address:2001:db8:0:0::/64');
    expect(callerKey({ role: 'PUBLIC' }, '::1')).toBe('address:0:0:0:0::/64');
    expect(callerKey({ role: 'PUBLIC' }, '2001:db8:0:1:2:3:1.2.3.4')).toBe(key);
    expect(callerKey({ role: 'PUBLIC' }, '2001:db8:0:2::1')).not.toBe(key);
  });
});

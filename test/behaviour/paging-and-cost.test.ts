import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { startTestServer, type TestServer } from '../support/server.js';

/* Eleven businesses named "Trang 01" … "Trang 11": pages over a list whose order is known in advance. */
const NAMES = Array.from({ length: 11 }, (_, i) => `Trang ${String(i + 1).padStart(2, '0')}`);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer('behaviour_paging', { seed: false });
  const em = server.app.database.orm.em.fork();
  // inserted out of order, so that insertion order cannot pass for name order
  for (const nameEn of [...NAMES].reverse().filter((_, i) => i % 2).concat([...NAMES].reverse().filter((_, i) => !(i % 2)))) {
    em.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn, sourceCitations: ['fixture'] });
  }
  await em.flush();
});
afterAll(() => server.stop());

const PAGE = `query($first: Int, $after: String, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, orderBy: $orderBy, filter: { kinds: [BUSINESS] }) {
    edges { cursor node { name } }
    pageInfo { hasNextPage hasPreviousPage }
  }
}`;

async function page(variables: Record<string, unknown>) {
  const { body } = await server.gql(PAGE, variables);
  expect(body.errors).toBeUndefined();
  const { edges, pageInfo } = body.data.organizations;
  return { names: edges.map((e: any) => e.node.name), cursors: edges.map((e: any) => e.cursor), pageInfo };
}

describe('the last page', () => {
  it('first: 3 after the cursor of item n−4 returns the last 3 items and hasNextPage false', async () => {
    const all = await page({ first: 100 });
    expect(all.names).toEqual(NAMES);
    const n = all.names.length;
    const last = await page({ first: 3, after: all.cursors[n - 4] });
    expect(last.names).toEqual(NAMES.slice(n - 3));
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });

  it('one item earlier, the same page size leaves one more: hasNextPage true', async () => {
    const all = await page({ first: 100 });
    const n = all.names.length;
    const before = await page({ first: 3, after: all.cursors[n - 5] });
    expect(before.names).toEqual(NAMES.slice(n - 4, n - 1));
    expect(before.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });
});

describe('descending order', () => {
  const DESC = { field: 'NAME', direction: 'DESC' };

  it('page 2 of orderBy NAME DESC (first: 4) equals items 5–8 of the full descending list', async () => {
    const all = await page({ first: 100, orderBy: DESC });
    expect(all.names).toEqual([...NAMES].reverse());
    const one = await page({ first: 4, orderBy: DESC });
    expect(one.names).toEqual(all.names.slice(0, 4));
    const two = await page({ first: 4, after: one.cursors[3], orderBy: DESC });
    expect(two.names).toEqual(all.names.slice(4, 8));
    expect(two.names).toEqual(['Trang 07', 'Trang 06', 'Trang 05', 'Trang 04']);
    expect(two.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
  });
});

describe('what a nested list costs', () => {
  const cost = async (query: string) => {
    const { body } = await server.gql(query);
    expect(body.errors).toBeUndefined();
    return body.extensions!.cost.requestedQueryCost;
  };

  /*
   * The rule of src/graphql/cost.ts: a field costs 1 plus its children; a connection costs
   * 1 + children × page size (first/last, else the default page of 20). Here `id` is 1, the membership
   * node 1 + 1 = 2, its edges 1 + 2 = 3, memberships 1 + 3 × size, the organization node and its edges
   * one more each, and organizations(first: 2) 1 + 2 × that.
   */
  const expected = (size: number) => 1 + 2 * (1 + 1 + (1 + 3 * size));

  it('a nested connection asked without `first` costs what its default page of 20 costs', async () => {
    const withoutFirst = await cost('{ organizations(first: 2) { edges { node { memberships { edges { node { id } } } } } } }');
    expect(withoutFirst).toBe(expected(20));
    expect(withoutFirst).toBe(127);
    expect(await cost('{ organizations(first: 2) { edges { node { memberships(first: 20) { edges { node { id } } } } } } }')).toBe(127);
    expect(await cost('{ organizations(first: 2) { edges { node { memberships(first: 5) { edges { node { id } } } } } } }')).toBe(expected(5));
  });
});

import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('organization');
});
afterAll(() => server.stop());

const ORGS = `query($first: Int, $after: String, $last: Int, $before: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id __typename name kind } }
  }
}`;

describe('the Union', () => {
  it('is served with its Vietnamese and English names, founding day, seat and sources', async () => {
    const { body } = await server.gql(`{ union { __typename name nameEn abbreviation traditionalDay { text precision } address sources { citation url } stateManagedBy { name } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.union).toMatchObject({
      __typename: 'Union',
      name: 'Liên hiệp các tổ chức hữu nghị Việt Nam',
      abbreviation: 'VUFO',
      traditionalDay: { text: '1950-11-17', precision: 'DAY' },
    });
    expect(body.data.union.stateManagedBy.name).toMatch(/Bộ Ngoại giao|Foreign Affairs/);
    expect(body.data.union.address).toMatch(/105A Quán Thánh/);
    expect(body.data.union.sources.length).toBeGreaterThan(0);
  });

  it('has its bodies (PACCOM, ...) as children of concrete type UnionBody', async () => {
    const { body: u } = await server.gql('{ union { id } }');
    const { body } = await server.gql(ORGS, { first: 50, filter: { parentId: u.data.union.id } });
    const names = body.data.organizations.edges.map((e: any) => e.node.name);
    expect(names.join(' | ')).toMatch(/Ban Điều phối viện trợ nhân dân|PACCOM/);
    const paccom = body.data.organizations.edges.find((e: any) => /PACCOM|Điều phối/.test(e.node.name));
    expect(paccom.node.__typename).toBe('UnionBody');
  });
});

describe('organizations', () => {
  it('lists the Union’s member associations, not its bodies', async () => {
    const { body: u } = await server.gql('{ union { id } }');
    const { body } = await server.gql(ORGS, { first: 100, filter: { memberOfId: u.data.union.id } });
    const kinds = new Set(body.data.organizations.edges.map((e: any) => e.node.kind));
    expect([...kinds].sort()).toEqual(['FRIENDSHIP_ASSOCIATION', 'LOCAL_UNION']);
    expect(body.data.organizations.totalCount).toBeGreaterThanOrEqual(17);
  });

  it('central friendship associations carry their counterpart countries', async () => {
    const { body } = await server.gql(`{ organizations(first: 100, filter: { kinds: [FRIENDSHIP_ASSOCIATION] }) {
      edges { node { __typename name nameEn countries { code nameEn } } } } }`);
    const byEnglish = new Map(body.data.organizations.edges.map((e: any) => [e.node.nameEn, e.node]));
    const usa = [...byEnglish.values()].find((n: any) => /USA/.test(n.nameEn)) as any;
    expect(usa.__typename).toBe('FriendshipAssociation');
    expect(usa.countries).toEqual([{ code: 'US', nameEn: expect.stringMatching(/United States/) }]);
  });

  it('filters by country code', async () => {
    const { body } = await server.gql(ORGS, { first: 50, filter: { countryCodes: ['JP'], kinds: [FRIENDSHIP_ASSOCIATION_KIND] } });
    expect(body.data.organizations.edges.map((e: any) => e.node.name)).toEqual([expect.stringMatching(/Nhật Bản/)]);
  });

  it('search ignores case and Vietnamese diacritics', async () => {
    for (const search of ['viet my', 'VIỆT – MỸ', 'hoi viet my']) {
      const { body } = await server.gql(ORGS, { first: 10, filter: { search } });
      expect(body.data.organizations.edges.map((e: any) => e.node.name)).toContain('Hội Việt – Mỹ');
    }
  });

  it('pages forwards and backwards with stable cursors and a total count', async () => {
    const all = (await server.gql(ORGS, { first: 100 })).body.data.organizations;
    expect(all.totalCount).toBeGreaterThan(10);

    const page1 = (await server.gql(ORGS, { first: 4 })).body.data.organizations;
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const page2 = (await server.gql(ORGS, { first: 4, after: page1.pageInfo.endCursor })).body.data.organizations;
    expect(page2.pageInfo.hasPreviousPage).toBe(true);
    expect(page2.edges.map((e: any) => e.node.id)).toEqual(all.edges.slice(4, 8).map((e: any) => e.node.id));

    const back = (await server.gql(ORGS, { last: 4, before: page2.pageInfo.startCursor })).body.data.organizations;
    expect(back.edges.map((e: any) => e.node.id)).toEqual(page1.edges.map((e: any) => e.node.id));
    expect(back.pageInfo.hasNextPage).toBe(true);
    expect(back.pageInfo.hasPreviousPage).toBe(false);
  });

  it('orders by founding date, newest first, unknown dates last', async () => {
    const { body } = await server.gql(`{ organizations(first: 100, orderBy: { field: FOUNDED_ON, direction: DESC }) { edges { node { foundedOn { start } } } } }`);
    const dates = body.data.organizations.edges.map((e: any) => e.node.foundedOn?.start ?? null);
    const known = dates.filter(Boolean);
    expect(known).toEqual([...known].sort().reverse());
    expect(dates.slice(known.length).every((d: unknown) => d === null)).toBe(true);
  });
});

describe('node', () => {
  it('refetches an organization by its global ID, and several with nodes()', async () => {
    const { body } = await server.gql(ORGS, { first: 3 });
    const ids = body.data.organizations.edges.map((e: any) => e.node.id);
    const one = await server.gql('query($id: ID!) { node(id: $id) { id ... on Organization { name } } }', { id: ids[0] });
    expect(one.body.data.node).toEqual({ id: ids[0], name: body.data.organizations.edges[0].node.name });
    const many = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(many.body.data.nodes.map((n: any) => n.id)).toEqual(ids);
  });

  it('refetches a country', async () => {
    const { body } = await server.gql('{ country(code: "FR") { id nameEn } }');
    const again = await server.gql('query($id: ID!) { node(id: $id) { __typename ... on Country { code } } }', { id: body.data.country.id });
    expect(again.body.data.node).toEqual({ __typename: 'Country', code: 'FR' });
  });
});

const FRIENDSHIP_ASSOCIATION_KIND = 'FRIENDSHIP_ASSOCIATION';

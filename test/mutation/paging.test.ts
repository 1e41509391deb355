import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { startTestServer, type TestServer } from '../support/server.js';

/* Eleven businesses "Trang 01" … "Trang 11": pages backwards, between two cursors, and what is refused. */
const NAMES = Array.from({ length: 11 }, (_, i) => `Trang ${String(i + 1).padStart(2, '0')}`);
let server: TestServer;
let all: { names: string[]; cursors: string[] };

beforeAll(async () => {
  server = await startTestServer('mutation_paging', { seed: false });
  const em = server.app.database.orm.em.fork();
  for (const nameEn of [...NAMES].reverse()) em.create(Organization, { kind: OrganizationKind.BUSINESS, nameEn, sourceCitations: ['fixture'] });
  await em.flush();
});
afterAll(() => server.stop());

const PAGE = `query($first: Int, $last: Int, $after: String, $before: String, $orderBy: OrganizationOrder) {
  organizations(first: $first, last: $last, after: $after, before: $before, orderBy: $orderBy, filter: { kinds: [BUSINESS] }) {
    edges { cursor node { name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function page(variables: Record<string, unknown>) {
  const { body } = await server.gql(PAGE, variables);
  expect(body.errors).toBeUndefined();
  const { edges, pageInfo } = body.data.organizations;
  return { names: edges.map((e: any) => e.node.name) as string[], cursors: edges.map((e: any) => e.cursor) as string[], pageInfo };
}

async function refusal(query: string, variables?: Record<string, unknown>) {
  const { body } = await server.gql(query, variables);
  expect(body.data?.organizations ?? null).toBeNull();
  expect(body.errors).toHaveLength(1);
  return body.errors![0];
}

beforeAll(async () => {
  all = await page({ first: 100 });
  expect(all.names).toEqual(NAMES);
});

describe('pages backwards', () => {
  it('last: 3 is the last three, in order, with only a previous page', async () => {
    const last = await page({ last: 3 });
    expect(last.names).toEqual(NAMES.slice(8));
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: last.cursors[0], endCursor: last.cursors[2] });
    expect(last.cursors).toEqual(all.cursors.slice(8));
  });

  it('last: 3 before item 5 is items 2–4, with pages on both sides', async () => {
    const p = await page({ last: 3, before: all.cursors[4] });
    expect(p.names).toEqual(NAMES.slice(1, 4));
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('last: 3 before item 4 reaches the start: no previous page', async () => {
    const p = await page({ last: 3, before: all.cursors[3] });
    expect(p.names).toEqual(NAMES.slice(0, 3));
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('before alone reads backwards a default page: everything before item 6', async () => {
    const p = await page({ before: all.cursors[5] });
    expect(p.names).toEqual(NAMES.slice(0, 5));
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('last: 2 in descending order is the two smallest names, largest first', async () => {
    const p = await page({ last: 2, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(p.names).toEqual(['Trang 02', 'Trang 01']);
    expect(p.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('last: 2 before a descending cursor goes towards the larger names', async () => {
    const desc = await page({ first: 100, orderBy: { field: 'NAME', direction: 'DESC' } });
    const p = await page({ last: 2, before: desc.cursors[5], orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(p.names).toEqual(desc.names.slice(3, 5));
  });
});

describe('between two cursors, and empty pages', () => {
  it('first: 3 after item 3 and before item 9: items 4–6, more before the bound', async () => {
    const p = await page({ first: 3, after: all.cursors[2], before: all.cursors[8] });
    expect(p.names).toEqual(NAMES.slice(3, 6));
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('first: 10 after item 3 and before item 9: items 4–8 and nothing more', async () => {
    const p = await page({ first: 10, after: all.cursors[2], before: all.cursors[8] });
    expect(p.names).toEqual(NAMES.slice(3, 8));
    expect(p.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('first: 0 is an empty page that knows more follows; its cursors are null', async () => {
    const p = await page({ first: 0 });
    expect(p.names).toEqual([]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('the first page has no previous page and its cursors are its first and last edges', async () => {
    const p = await page({ first: 4 });
    expect(p.names).toEqual(NAMES.slice(0, 4));
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: all.cursors[0], endCursor: all.cursors[3] });
  });
});

describe('what a page request may not be', () => {
  it('first: 100 is the cap and allowed; 101 and -1 are refused naming first, the range in the message', async () => {
    expect((await page({ first: 100 })).names).toHaveLength(11);
    for (const first of [101, -1]) {
      const error = await refusal(PAGE, { first });
      expect(error.message).toBe('`first` must be between 0 and 100');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be between 0 and 100' }] });
    }
  });

  it('last: 100 is allowed; last: 101 is refused naming last', async () => {
    expect((await page({ last: 100 })).names).toHaveLength(11);
    const error = await refusal(PAGE, { last: 101 });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'last', message: 'must be between 0 and 100' }] });
  });

  it('first and last together are refused, naming last', async () => {
    const error = await refusal(PAGE, { first: 2, last: 2 });
    expect(error.message).toBe('Pass `first` or `last`, not both');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'last', message: 'conflicts with first' }] });
  });

  const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
  it.each([
    ['not base64url', 'not a cursor!'],
    ['base64url of no JSON', Buffer.from('{{').toString('base64url')],
    ['longer than 2,048 characters', 'A'.repeat(2049)],
    ['two parts', () => cursorOf(JSON.parse(Buffer.from(all.cursors[0], 'base64url').toString()).slice(0, 2))],
    ['an id that is no UUID', () => cursorOf([JSON.parse(Buffer.from(all.cursors[0], 'base64url').toString())[0], 'Trang 01', 'not-a-uuid'])],
    ['a sort value that is an object', () => cursorOf([JSON.parse(Buffer.from(all.cursors[0], 'base64url').toString())[0], {}, '00000000-0000-0000-0000-000000000000'])],
  ])('a cursor %s is refused as invalid, naming the argument', async (_label, cursor) => {
    const value = typeof cursor === 'function' ? cursor() : cursor;
    const after = await refusal(PAGE, { first: 2, after: value });
    expect(after.message).toBe('after is not a valid cursor');
    expect(after.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'invalid cursor' }] });
    const before = await refusal(PAGE, { last: 2, before: value });
    expect(before.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'before', message: 'invalid cursor' }] });
  });

  it('a well-formed cursor of another list is refused as such', async () => {
    const parts = JSON.parse(Buffer.from(all.cursors[0], 'base64url').toString());
    const error = await refusal(PAGE, { first: 2, after: cursorOf(['another', parts[1], parts[2]]) });
    expect(error.message).toBe('after is a cursor of another list or order');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'cursor of another list or order' }] });
  });
});

describe('global IDs', () => {
  const id = (text: string) => Buffer.from(text).toString('base64url');
  const UUID = '00000000-0000-4000-8000-000000000000';

  it.each([
    ['a lower-case type', id(`organization:${UUID}`)],
    ['no type', id(`:${UUID}`)],
    ['no separator', id(`Organization${UUID}`)],
    ['a key that is no UUID', id('Organization:42')],
    ['characters outside base64url', `${id(`Organization:${UUID}`)}=`],
  ])('%s: BAD_USER_INPUT, malformed', async (_label, value) => {
    const { body } = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: value });
    expect(body.errors![0].message).toBe(`${JSON.stringify(value)} is not a valid ID`);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id', message: 'malformed global ID' }] });
  });

  it('a well-formed ID of a type that is no node: NOT_FOUND; an ID of the right type refetches the node', async () => {
    const unknown = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: id(`Nothing:${UUID}`) });
    expect(unknown.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const absent = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: id(`Organization:${UUID}`) });
    expect(absent.body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const { body } = await server.gql('{ organizations(first: 1) { edges { node { id } } } }');
    const orgId = body.data.organizations.edges[0].node.id;
    const found = await server.gql('query($id: ID!) { node(id: $id) { id ... on Organization { name } } }', { id: orgId });
    expect(found.body.errors).toBeUndefined();
    expect(found.body.data.node).toEqual({ id: orgId, name: 'Trang 01' });
  });

  it('an ID of another type where an organization is expected: BAD_USER_INPUT naming the argument', async () => {
    const { body } = await server.gql('query($id: ID) { inactiveMembers(organizationId: $id) { nodes { invited } } }', { id: id(`Person:${UUID}`) });
    expect(body.errors![0].message).toBe('organizationId must be the ID of a Organization');
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'organizationId', message: 'expected a Organization ID' }] });
  });

  it('nodes: up to 100 ids, in order, null for an unknown one; 101 refused', async () => {
    const { body } = await server.gql('{ organizations(first: 2) { edges { node { id } } } }');
    const ids = body.data.organizations.edges.map((e: any) => e.node.id);
    const found = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [ids[1], id(`Organization:${UUID}`), ids[0]] });
    expect(found.body.data.nodes).toEqual([{ id: ids[1] }, null, { id: ids[0] }]);
    expect((await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(100).fill(ids[0]) })).body.errors).toBeUndefined();
    const refused = await server.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill(ids[0]) });
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ids', message: 'at most 100' }] });
  });
});

describe('day counts and periods', () => {
  const ENDING = 'query($d: Int!) { membershipsEnding(withinDays: $d) { totalCount } }';
  const ALERTS = 'query($d: Int!) { registrationAlerts(withinDays: $d) { totalCount } }';

  it.each([[ENDING, 'membershipsEnding'], [ALERTS, 'registrationAlerts']])('withinDays from 0 to 3660 is answered, outside refused by name (%#)', async (query) => {
    for (const d of [0, 3660]) expect((await server.gql(query, { d })).body.errors).toBeUndefined();
    for (const d of [-1, 3661]) {
      const { body } = await server.gql(query, { d });
      expect(body.errors![0].message).toBe('withinDays must be between 0 and 3660');
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'withinDays', message: 'out of range' }] });
    }
  });

  it('inactiveMembers: first from 0 to 100; a period of one day is allowed, from after to refused', async () => {
    const Q = 'query($first: Int!, $from: Date, $to: Date) { inactiveMembers(first: $first, from: $from, to: $to) { nodes { invited } } }';
    for (const first of [0, 100]) expect((await server.gql(Q, { first })).body.errors).toBeUndefined();
    for (const first of [-1, 101]) {
      const { body } = await server.gql(Q, { first });
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'must be between 0 and 100' }] });
    }
    expect((await server.gql(Q, { first: 5, from: '2024-03-01', to: '2024-03-01' })).body.errors).toBeUndefined();
    const { body } = await server.gql(Q, { first: 5, from: '2024-03-02', to: '2024-03-01' });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'from', message: 'after to' }] });
  });
});

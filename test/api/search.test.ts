import { PartialDate } from '../../src/db/partial-date.js';
import { Event } from '../../src/modules/event/event.entity.js';
import { EventKind } from '../../src/modules/event/event.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 14, item 7: one search box over organizations, foreign NGOs, persons and events, ranked,
 * diacritic-insensitive, a connection of a union (as GitHub's `search`).
 */
const src = { sourceCitations: ['test fixture'] };
const id: Record<string, string> = {};
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer('api_search', { seed: false });
  const em = server.app.database.orm.em.fork();
  const rows = {
    hoi: em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội hữu nghị Việt – Đức', ...src }),
    ngo: em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Friedrich Ebert Stiftung Việt Đức Fund', ...src }),
    person: em.create(Person, { fullName: 'Nguyễn Việt Đức', ...src }),
    event: em.create(Event, { kind: EventKind.EXCHANGE, title: 'Giao lưu hữu nghị Việt – Đức 2025', startDate: PartialDate.parse('2025-05-01'), ...src }),
    other: em.create(Person, { fullName: 'Trần Thị Lan', ...src }),
    synthetic: em.create(Person, { fullName: 'Viet Duc Synthetic', synthetic: true, ...src }),
  };
  await em.flush();
  id.hoi = toGlobalId('Organization', rows.hoi.id);
  id.ngo = toGlobalId('Organization', rows.ngo.id);
  id.person = toGlobalId('Person', rows.person.id);
  id.event = toGlobalId('Event', rows.event.id);
  id.synthetic = toGlobalId('Person', rows.synthetic.id);
});
afterAll(() => server.stop());

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String, $synthetic: Boolean) {
  search(query: $q, types: $types, first: $first, after: $after, includeSynthetic: $synthetic) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { __typename ... on Organization { id name } ... on Person { id fullName } ... on Event { id title } } } } }`;

async function search(variables: Record<string, unknown>) {
  const { body } = await server.gql(SEARCH, variables);
  expect(body.errors).toBeUndefined();
  return body.data.search;
}
const ids = (result: any) => result.edges.map((e: any) => e.node.id);

describe('search', () => {
  it('finds organizations, NGOs, persons and events with or without diacritics, each as its own type', async () => {
    const result = await search({ q: 'viet duc' });
    expect(result.totalCount).toBe(4);
    expect(new Set(ids(result))).toEqual(new Set([id.hoi, id.ngo, id.person, id.event]));
    expect(new Set(result.edges.map((e: any) => e.node.__typename))).toEqual(new Set(['FriendshipAssociation', 'ForeignNgo', 'Person', 'Event']));
    // the same with the diacritics and another case
    expect(new Set(ids(await search({ q: 'VIỆT ĐỨC' })))).toEqual(new Set(ids(result)));
  });

  it('ranks the closest name first', async () => {
    const result = await search({ q: 'Nguyễn Việt Đức' });
    expect(ids(result)).toEqual([id.person]);
    expect(ids(await search({ q: 'viet duc' }))[0]).toBe(id.person);
  });

  it('every word must occur', async () => {
    expect((await search({ q: 'viet lan' })).totalCount).toBe(0);
  });

  it('types narrows it: foreign NGOs apart from the other organizations, events alone', async () => {
    expect(ids(await search({ q: 'viet duc', types: ['FOREIGN_NGO'] }))).toEqual([id.ngo]);
    expect(ids(await search({ q: 'viet duc', types: ['ORGANIZATION'] }))).toEqual([id.hoi]);
    expect(ids(await search({ q: 'viet duc', types: ['EVENT', 'PERSON'] })).sort()).toEqual([id.event, id.person].sort());
  });

  it('synthetic rows only when asked', async () => {
    expect(ids(await search({ q: 'viet duc' }))).not.toContain(id.synthetic);
    expect(ids(await search({ q: 'viet duc', synthetic: true }))).toContain(id.synthetic);
  });

  it('pages with cursors to the same list, and a cursor belongs to its query', async () => {
    const whole = ids(await search({ q: 'viet duc', first: 10 }));
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = await search({ q: 'viet duc', first: 1, after });
      walked.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole);

    const { body } = await server.gql(SEARCH, { q: 'lan', after: (await search({ q: 'viet duc', first: 1 })).pageInfo.endCursor });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', message: 'cursor of another search' }] });
  });

  it('a query without letters or digits is refused naming the argument', async () => {
    const { body } = await server.gql(SEARCH, { q: ' – ' });
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'query' }] });
  });
});

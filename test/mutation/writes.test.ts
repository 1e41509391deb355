import { issueToken } from '../../src/auth/tokens.js';
import { fromGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * The write door as a client meets it: who a record says entered it, which input field a refusal names,
 * what a refused editor and an exhausted write limit are told, and that the later mutations of one
 * request see what the earlier ones wrote.
 */
const authSecret = 'mutation-writes-test-secret-of-32-chars!';
let server: TestServer;
let limited: TestServer;
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const token: Record<string, string> = {};
const id: Record<string, string> = {};

async function ok(target: TestServer, query: string, variables: Record<string, unknown>, as: string) {
  const { body } = await target.gql(query, variables, auth(token[as]));
  expect(body.errors).toBeUndefined();
  return body.data;
}

const CREATE_ORGANIZATION = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id sources { citation } } } }';
const CREATE_CONGRESS = 'mutation($input: CreateCongressInput!) { createCongress(input: $input) { congress { id sources { citation } } } }';

beforeAll(async () => {
  [server, limited] = await Promise.all([
    startTestServer('mutation_writes', { seed: false, env: { AUTH_SECRET: authSecret } }),
    startTestServer('mutation_writes_limit', { seed: false, env: { AUTH_SECRET: authSecret, WRITE_RATE_LIMIT: '2' } }),
  ]);
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  for (const key of ['own', 'other']) {
    const { createOrganization } = await ok(server, CREATE_ORGANIZATION, { input: { kind: 'FRIENDSHIP_ASSOCIATION', nameVi: `Hội ${key}` } }, 'secretariat');
    id[key] = createOrganization.organization.id;
    id[`${key}Sources`] = createOrganization.organization.sources.map((s: { citation: string }) => s.citation);
  }
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'own-editor', organizationId: fromGlobalId(id.own).id });
});
afterAll(() => Promise.all([server?.stop(), limited?.stop()]));

it('a record entered through the API cites the kind of writer, never the token’s subject', async () => {
  expect(id.ownSources).toEqual(['entered through the Amity API by the Union’s secretariat']);
  const { createCongress } = await ok(server, CREATE_CONGRESS, { input: { organizationId: id.own, heldOn: '2024-03-01', termEnd: '2029-03-01' } }, 'editor');
  expect(createCongress.congress.sources.map((s: { citation: string }) => s.citation)).toEqual(['entered through the Amity API by an editor of the organization']);
});

it('a refusal names the input field at fault; an editor writing for another organization is told why', async () => {
  const malformed = await server.gql(CREATE_CONGRESS, { input: { organizationId: 'nonsense', heldOn: '2024-03-01', termEnd: '2029-03-01' } }, auth(token.secretariat));
  expect(malformed.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'input.organizationId' })] });

  const foreign = await server.gql(CREATE_CONGRESS, { input: { organizationId: id.other, heldOn: '2024-03-01', termEnd: '2029-03-01' } }, auth(token.editor));
  expect(foreign.body.errors![0]).toMatchObject({ message: 'You may only change your own organization’s data', extensions: { code: 'FORBIDDEN' } });
});

it('past WRITE_RATE_LIMIT a minute: 429 RATE_LIMITED, saying when to try again, as Retry-After does', async () => {
  const person = (i: number) => limited.gql('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { fullName: `Người ${i}` } }, auth(token.secretariat));
  for (const i of [1, 2]) expect((await person(i)).body.errors).toBeUndefined();
  const refused = await person(3);
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(55);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.body.errors![0]).toMatchObject({ message: `Too many writes: try again in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED' } });
});

it('the mutations of one request run in turn, each payload showing what the ones before it wrote', async () => {
  const { createBody } = await ok(server, 'mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }', { input: { organizationId: id.own, kind: 'EXECUTIVE_COMMITTEE', termStart: '2024-03-01', termEnd: '2029-03-01' } }, 'secretariat');
  const people: string[] = [];
  for (const name of ['Lê Văn Một', 'Trần Thị Hai']) people.push((await ok(server, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { fullName: name } }, 'secretariat')).createPerson.person.id);
  const appoint = (alias: string, person: number) =>
    `${alias}: appointMember(input: { personId: "${people[person]}", organizationId: "${id.own}", bodyId: "${createBody.body.id}", role: MEMBER, startDate: "2024-03-01" }) { membership { body { members(asOf: "2024-06-01") { totalCount } } } }`;
  const data = await ok(server, `mutation { ${appoint('first', 0)} ${appoint('second', 1)} }`, {}, 'secretariat');
  expect([data.first.membership.body.members.totalCount, data.second.membership.body.members.totalCount]).toEqual([1, 2]);
});

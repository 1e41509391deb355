import { buildSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 14, what a frontend developer's review found: a form that sends null for a field it left empty
 * must not end the association's membership of the Union behind the secretariat's back; every refused
 * input has the same shape (`extensions.fields`); a record keeps what it cannot go without; saving an
 * untouched form leaves no audit entry; arguments that did nothing are gone; lookups and bounds behave
 * like their siblings.
 */
let server: TestServer;
const token: Record<string, string> = {};
let association: any;

const as = (who: string) => ({ authorization: `Bearer ${token[who]}` });
async function data(query: string, variables: Record<string, unknown> = {}, who = 'secretariat'): Promise<any> {
  const { body } = await server.gql(query, variables, as(who));
  expect(body.errors).toBeUndefined();
  return body.data;
}
async function refusal(query: string, variables: Record<string, unknown>, who = 'secretariat'): Promise<any> {
  const { body } = await server.gql(query, variables, as(who));
  expect(body.errors).toHaveLength(1);
  return body.errors![0];
}
const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version memberOf { id } status name } } }';
const current = async () => (await data('query($id: ID!) { organization(id: $id) { id version memberOf { id } status name } }', { id: association.id })).organization;
const auditCount = async () => (await data('{ auditTrail(first: 1) { totalCount } }')).auditTrail.totalCount;

beforeAll(async () => {
  server = await startTestServer('client_review', { seed: true });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  const { organizations } = await data('{ organizations(first: 1, filter: { search: "Việt – Mỹ" }) { nodes { id version memberOf { id } } } }');
  association = organizations.nodes[0];
  expect(association.memberOf).not.toBeNull();
  const [, uuid] = Buffer.from(association.id, 'base64url').toString().split(':');
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor', organizationId: uuid });
});
afterAll(() => server.stop());

describe('writes a form would get wrong', () => {
  it('an editor sending memberOfId: null is FORBIDDEN, and the association stays a member of the Union', async () => {
    const before = await current();
    const error = await refusal(UPDATE, { input: { id: association.id, version: before.version, memberOfId: null } }, 'editor');
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(await current()).toEqual(before);
  });

  it('a refused format has the shape of every BAD_USER_INPUT: the field and what is wrong, never the input echoed', async () => {
    const { version } = await current();
    const error = await refusal(UPDATE, { input: { id: association.id, version, website: 'not a url' } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.website', message: expect.stringContaining('URL') }] });
    expect(error.message).toMatch(/^Invalid input\.website: /);
  });

  it('what a record cannot go without: a status or a person’s name cleared, a blank title or name, are BAD_USER_INPUT on the field, and nothing changes', async () => {
    const before = await current();
    const status = await refusal(UPDATE, { input: { id: association.id, version: before.version, status: null } });
    expect(status.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.status', message: 'cannot be cleared' }] });
    const blank = await refusal(UPDATE, { input: { id: association.id, version: before.version, nameVi: '   ' } });
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.nameVi', message: 'must not be blank' }] });
    expect(await current()).toEqual(before);

    const { persons } = await data('{ persons(first: 1, filter: { search: "Phan Anh Son" }) { nodes { id version fullName } } }');
    const person = persons.nodes[0];
    const nameless = await refusal('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { fullName } } }', { input: { id: person.id, version: person.version, fullName: null } });
    expect(nameless.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.fullName', message: 'cannot be cleared' }] });
    const untitled = await refusal(
      'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }',
      { input: { kind: 'MEETING', title: '', startDate: '2026-12-01', organizerIds: [association.id] } },
    );
    expect(untitled.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.title', message: 'must not be blank' }] });
    expect((await data('query($id: ID!) { person(id: $id) { fullName } }', { id: person.id })).person.fullName).toBe(person.fullName);
  });

  it('saving an untouched form changes nothing and leaves no audit entry', async () => {
    const before = await current();
    const audit = await auditCount();
    const { updateOrganization } = await data(UPDATE, { input: { id: association.id, version: before.version, status: before.status } });
    expect(updateOrganization.organization.version).toBe(before.version);
    expect(await auditCount()).toBe(audit);
  });

  it('the secretariat ending a membership of the Union records the field cleared as null', async () => {
    const before = await current();
    await data(UPDATE, { input: { id: association.id, version: before.version, memberOfId: null } });
    const { auditTrail } = await data('{ auditTrail(first: 1) { nodes { action before after } } }');
    expect(auditTrail.nodes[0]).toEqual({ action: 'UPDATE', before: { memberOf: before.memberOf.id }, after: { memberOf: null } });
    const after = await current();
    await data(UPDATE, { input: { id: association.id, version: after.version, memberOfId: before.memberOf.id } });
  });
});

describe('arguments and lookups', () => {
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
  const argsOf = (type: string, field: string) => (schema.getType(type) as any).getFields()[field].args.map((a: any) => a.name).sort();

  it('officeHolder answers one holder: no paging arguments; search pages forward only, so it takes only first and after', () => {
    expect(argsOf('FriendshipAssociation', 'officeHolder')).toEqual(['asOf', 'confirmedOnly', 'history', 'role']);
    expect(argsOf('Query', 'search')).toEqual(['after', 'first', 'includeSynthetic', 'query', 'types']);
  });

  it('an unknown remap run is null with NOT_FOUND on its path, as every other lookup', async () => {
    const { body } = await server.gql(`{ remapRun(id: "${toGlobalId('RemapRun', '00000000-0000-4000-8000-000000000000')}") { id } }`, {}, as('secretariat'));
    expect(body.data).toEqual({ remapRun: null });
    expect(body.errors![0]).toMatchObject({ path: ['remapRun'], extensions: { code: 'NOT_FOUND' } });
  });

  it('a neighbourhood limit outside 1–1000 is refused, as hops and k are, not taken as the nearer bound', async () => {
    for (const limit of [0, 100000]) {
      const error = await refusal('query($id: ID!, $limit: Int!) { neighbourhood(id: $id, limit: $limit) { nodes { id } } }', { id: association.id, limit });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'limit' }] });
    }
  });
});

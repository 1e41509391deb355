import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * A new member association is connected to the others through the Union (issue 13, item 9) only if
 * its membership can be recorded: the secretariat sets `memberOfId` on create and update.
 */
let server: TestServer;
const token: Record<string, string> = {};
let union: string;
let vietMy: string;
beforeAll(async () => {
  server = await startTestServer('api_member_of');
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'Ban Thư ký' });
  const { body } = await server.gql('{ union { id } organizations(first: 1, filter: { search: "Hội Việt – Mỹ" }) { edges { node { id name } } } }');
  union = body.data.union.id;
  vietMy = body.data.organizations.edges[0].node.id;
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor', organizationId: Buffer.from(vietMy, 'base64url').toString().split(':')[1] });
});
afterAll(() => server.stop());

const as = (who: string) => ({ authorization: `Bearer ${token[who]}` });
const CREATE = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id version memberOf { id } } } }';
const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version memberOf { id } } } }';
const PATH = 'query($from: ID!, $to: ID!) { connectionPaths(from: $from, to: $to) { connected summary paths { explanation } } }';

describe('membership of the Union', () => {
  it('recorded by the secretariat on creation, it connects the new association to the others through the Union, said to be weak', async () => {
    const created = await server.gql(CREATE, { input: { kind: 'FRIENDSHIP_ASSOCIATION', nameVi: 'Hội hữu nghị Việt Nam – Thử nghiệm', memberOfId: union } }, as('secretariat'));
    expect(created.body.errors).toBeUndefined();
    const organization = created.body.data.createOrganization.organization;
    expect(organization.memberOf).toEqual({ id: union });

    const { body } = await server.gql(PATH, { from: organization.id, to: vietMy });
    expect(body.data.connectionPaths.connected).toBe(true);
    expect(body.data.connectionPaths.summary).toMatch(/common membership|weak/i);

    // and undone: without the membership there is no connection
    const ended = await server.gql(UPDATE, { input: { id: organization.id, version: organization.version, memberOfId: null } }, as('secretariat'));
    expect(ended.body.errors).toBeUndefined();
    expect(ended.body.data.updateOrganization.organization.memberOf).toBeNull();
    expect((await server.gql(PATH, { from: organization.id, to: vietMy })).body.data.connectionPaths.connected).toBe(false);
  });

  it('is the secretariat’s: an editor may not set it, and nothing is created', async () => {
    const refused = await server.gql(CREATE, { input: { kind: 'LOCAL_ASSOCIATION', nameVi: 'Chi hội thử', parentId: vietMy, memberOfId: union } }, as('editor'));
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const { body } = await server.gql('{ organizations(filter: { search: "Chi hội thử" }) { totalCount } }');
    expect(body.data.organizations.totalCount).toBe(0);
  });

  it('an organization cannot be a member of itself', async () => {
    const { body } = await server.gql('query($id: ID!) { node(id: $id) { ... on Organization { version } } }', { id: vietMy });
    const refused = await server.gql(UPDATE, { input: { id: vietMy, version: body.data.node.version, memberOfId: vietMy } }, as('secretariat'));
    expect(refused.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.memberOfId' }] });
  });
});

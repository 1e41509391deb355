import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Writes whose breakage no other test noticed: a stale version, the audit entry of an organization's
 * update, and an editor's rights over branches.
 *
 *   A (association) ── A1 (its branch)        editor-a: editor of A
 *   B (association) ── B1 (its branch)
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('behaviour_writes', { seed: false, env: { WRITE_RATE_LIMIT: '200' } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const a = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội A', nameEn: 'Association A', ...src });
    const b = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội B', ...src });
    const a1 = tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội A1', parent: a, ...src });
    const b1 = tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội B1', parent: b, ...src });
    const persons = ['Trần Văn Một', 'Lê Thị Hai'].map((fullName) => tx.create(Person, { fullName, ...src }));
    await tx.flush();
    for (const [key, o] of Object.entries({ a, b, a1, b1 })) id[key] = toGlobalId('Organization', o.id);
    id.aKey = a.id;
    persons.forEach((p, i) => (id[`p${i}`] = toGlobalId('Person', p.id)));
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  token.editorA = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-a', organizationId: id.aKey });
});
afterAll(() => server.stop());

const as = (who: string): Record<string, string> => ({ authorization: `Bearer ${token[who]}` });
const APPOINT = 'mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id version heldUntil } } }';
const END = 'mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id version heldUntil } } }';
const UPDATE_ORG = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version } } }';
const CREATE_CONGRESS = 'mutation($input: CreateCongressInput!) { createCongress(input: $input) { congress { id } } }';
const AUDIT = 'query($id: ID!) { auditTrail(entityId: $id) { nodes { actor actorRole action entityType before after } } }';

async function auditOf(entityId: string) {
  const { body } = await server.gql(AUDIT, { id: entityId }, as('secretariat'));
  expect(body.errors).toBeUndefined();
  return body.data.auditTrail.nodes;
}

async function organization(orgId: string) {
  const { body } = await server.gql('query($id: ID!) { organization(id: $id) { version nameVi nameEn status website congresses { nodes { number } } } }', { id: orgId });
  expect(body.errors).toBeUndefined();
  return body.data.organization;
}

describe('a stale version', () => {
  it('a second endMembership with the version already used gets CONFLICT and changes nothing', async () => {
    const appointed = await server.gql(APPOINT, { input: { personId: id.p0, organizationId: id.a, role: 'MEMBER', startDate: '2025-01-01' } }, as('secretariat'));
    const created = appointed.body.data.appointMember.membership;

    const first = await server.gql(END, { input: { id: created.id, version: created.version, endDate: '2025-06-30' } }, as('secretariat'));
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.endMembership.membership).toEqual({ id: created.id, version: created.version + 1, heldUntil: '2025-06-30' });

    // The same version again, as if from a second browser tab that read the membership before the first end.
    const second = await server.gql(END, { input: { id: created.id, version: created.version, endDate: '2025-12-31' } }, as('secretariat'));
    expect(second.body.data).toBeNull();
    expect(second.body.errors).toHaveLength(1);
    expect(second.body.errors![0].extensions!.code).toBe('CONFLICT');

    const { body } = await server.gql('query($id: ID!) { node(id: $id) { ... on Membership { version heldUntil endDate { text } } } }', { id: created.id });
    expect(body.data.node).toEqual({ version: created.version + 1, heldUntil: '2025-06-30', endDate: { text: '2025-06-30' } });
    const trail = await auditOf(created.id);
    expect(trail.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(trail[0].after).toEqual({ endDate: { start: '2025-06-30', end: '2025-06-30', precision: 'DAY' } });
  });
});

describe('the audit trail of an organization', () => {
  it('updateOrganization leaves one entry with the changed fields before and after, and nothing else', async () => {
    const before = await organization(id.a);
    const { body } = await server.gql(UPDATE_ORG, { input: { id: id.a, version: before.version, nameEn: 'Friendship Association A', status: 'DORMANT', website: 'https://a.example.org/' } }, as('editorA'));
    expect(body.errors).toBeUndefined();
    expect(await organization(id.a)).toMatchObject({ version: before.version + 1, nameVi: 'Hội A', nameEn: 'Friendship Association A', status: 'DORMANT', website: 'https://a.example.org/' });
    expect(await auditOf(id.a)).toEqual([
      {
        actor: 'editor-a',
        actorRole: 'ASSOCIATION_EDITOR',
        action: 'UPDATE',
        entityType: 'Organization',
        before: { nameEn: 'Association A', status: 'ACTIVE', website: null },
        after: { nameEn: 'Friendship Association A', status: 'DORMANT', website: 'https://a.example.org/' },
      },
    ]);
  });
});

describe('an association editor and branches', () => {
  it('writes for its own organization’s branches', async () => {
    const branch = await organization(id.a1);
    const renamed = await server.gql(UPDATE_ORG, { input: { id: id.a1, version: branch.version, nameEn: 'Branch A1' } }, as('editorA'));
    expect(renamed.body.errors).toBeUndefined();
    const congress = await server.gql(CREATE_CONGRESS, { input: { organizationId: id.a1, number: 1, heldOn: '2025-03-01', termEnd: '2030-03-01' } }, as('editorA'));
    expect(congress.body.errors).toBeUndefined();
    const member = await server.gql(APPOINT, { input: { personId: id.p1, organizationId: id.a1, role: 'MEMBER', startDate: '2025-03-01' } }, as('editorA'));
    expect(member.body.errors).toBeUndefined();

    expect(await organization(id.a1)).toMatchObject({ version: branch.version + 1, nameEn: 'Branch A1', congresses: { nodes: [{ number: 1 }] } });
    const { body } = await server.gql('query($id: ID!) { organization(id: $id) { memberships(asOf: "2025-06-01") { edges { node { person { fullName } } } } } }', { id: id.a1 });
    expect(body.data.organization.memberships.edges).toEqual([{ node: { person: { fullName: 'Lê Thị Hai' } } }]);
  });

  it('does not write for another organization’s branches, and nothing changes there', async () => {
    const branch = await organization(id.b1);
    const renamed = await server.gql(UPDATE_ORG, { input: { id: id.b1, version: branch.version, nameEn: 'Taken over' } }, as('editorA'));
    expect(renamed.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const congress = await server.gql(CREATE_CONGRESS, { input: { organizationId: id.b1, number: 1, heldOn: '2025-03-01', termEnd: '2030-03-01' } }, as('editorA'));
    expect(congress.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const member = await server.gql(APPOINT, { input: { personId: id.p1, organizationId: id.b1, role: 'MEMBER', startDate: '2025-03-01' } }, as('editorA'));
    expect(member.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    // nor for the other organization itself
    const parent = await server.gql(CREATE_CONGRESS, { input: { organizationId: id.b, number: 1, heldOn: '2025-03-01', termEnd: '2030-03-01' } }, as('editorA'));
    expect(parent.body.errors![0].extensions!.code).toBe('FORBIDDEN');

    expect(await organization(id.b1)).toEqual(branch);
    expect((await organization(id.b)).congresses).toEqual({ nodes: [] });
    const { body } = await server.gql('query($id: ID!) { organization(id: $id) { memberships(history: true) { totalCount } } }', { id: id.b1 });
    expect(body.data.organization.memberships.totalCount).toBe(0);
    expect(await auditOf(id.b1)).toEqual([]);
  });
});

describe('an audit entry as a client reads it', () => {
  it('a creation records the fields it set, references as global IDs, with the record and the time, and no internal columns', async () => {
    const started = Date.now();
    const appointed = await server.gql(APPOINT, { input: { personId: id.p1, organizationId: id.b, role: 'MEMBER', startDate: '2025-02-01' } }, as('secretariat'));
    expect(appointed.body.errors).toBeUndefined();
    const membershipId = appointed.body.data.appointMember.membership.id;

    const { body } = await server.gql('query($id: ID!) { auditTrail(entityId: $id) { nodes { action record at after before } } }', { id: membershipId }, as('secretariat'));
    const [entry] = body.data.auditTrail.nodes;
    expect(entry).toMatchObject({ action: 'CREATE', record: membershipId, before: null });
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(started - 1000);
    expect(Date.parse(entry.at)).toBeLessThanOrEqual(Date.now());
    // The references are the IDs the API answers elsewhere, so a client can follow them with node(id:).
    expect(entry.after).toMatchObject({ person: id.p1, organization: id.b, role: 'MEMBER', startDate: { start: '2025-02-01', end: '2025-02-01', precision: 'DAY' } });
    // Neither the row's own key and bookkeeping nor fields left empty.
    for (const internal of ['id', 'version', 'createdAt', 'updatedAt', 'heldFrom', 'heldUntil']) expect(entry.after).not.toHaveProperty(internal);
    expect(Object.values(entry.after)).not.toContain(null);
  });
});

describe('the union on a database without it', () => {
  it('answers null for the union and the rest of the query as asked', async () => {
    const { body } = await server.gql('{ union { id } organizations(first: 1) { totalCount } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ union: null, organizations: { totalCount: 4 } });
  });
});

import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * Issue 10, item 4: contact details are seen by the organization that recorded them and by the
 * secretariat, and by nobody because of a post (which any editor can create).
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, Record<string, string>> = {};
const PERSONS = 30;

beforeAll(async () => {
  server = await startTestServer('contacts', { seed: false, env: { WRITE_RATE_LIMIT: '1000' } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const a = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội A', ...src });
    const b = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội B', ...src });
    const branch = tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội A', parent: a, ...src });
    await tx.flush();
    Object.assign(id, { a: toGlobalId('Organization', a.id), b: toGlobalId('Organization', b.id), branch: toGlobalId('Organization', branch.id), aKey: a.id, bKey: b.id });
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  const bearer = async (claims: Parameters<typeof issueToken>[1]) => ({ authorization: `Bearer ${await issueToken(authSecret, claims)}` });
  token.secretariat = await bearer({ role: 'SECRETARIAT', subject: 'secretariat' });
  token.editorA = await bearer({ role: 'ASSOCIATION_EDITOR', subject: 'editor-a', organizationId: id.aKey });
  token.readerA = await bearer({ role: 'READER', subject: 'reader-a', organizationId: id.aKey });
  token.editorB = await bearer({ role: 'ASSOCIATION_EDITOR', subject: 'editor-b', organizationId: id.bKey });
  token.public = {};

  // V, entered by the secretariat with an email and a phone (through the API, as the secretariat does).
  const created = await server.gql('mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { fullName: 'Vương Thị Riêng Tư', email: 'v@secretariat.example.org', phone: '+84 24 3825 0000' } }, token.secretariat);
  expect(created.body.errors).toBeUndefined();
  id.v = created.body.data.createPerson.person.id;
});
afterAll(() => server.stop());

const CONTACTS = 'query($id: ID!) { person(id: $id) { email phone contactPoints { id version kind value label recordedBy { name } } } }';
const contactsOf = async (personId: string, who: string) => {
  const { body } = await server.gql(CONTACTS, { id: personId }, token[who]);
  expect(body.errors).toBeUndefined();
  return body.data.person;
};
const ADD = 'mutation($input: AddContactPointInput!) { addContactPoint(input: $input) { contactPoint { id version kind value label recordedBy { name } } person { fullName } } }';
const REMOVE = 'mutation($input: RemoveContactPointInput!) { removeContactPoint(input: $input) { removedId person { fullName } } }';
const add = (who: string, input: Record<string, unknown>) => server.gql(ADD, { input }, token[who]);

describe('the attack of issue 10: a post created by an editor', () => {
  it('does not show the editor the contact details the secretariat entered', async () => {
    const appointed = await server.gql(
      'mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id } } }',
      { input: { personId: id.v, organizationId: id.a, role: 'MEMBER', startDate: '2030-01-01', endDate: '2030-01-02' } },
      token.editorA,
    );
    expect(appointed.body.errors).toBeUndefined();
    const { body } = await server.gql('query($id: ID!) { person(id: $id) { email phone } }', { id: id.v }, token.editorA);
    expect(body.data.person).toEqual({ email: null, phone: null });
    const reader = await server.gql('query($id: ID!) { person(id: $id) { email phone } }', { id: id.v }, token.readerA);
    expect(reader.body.data.person).toEqual({ email: null, phone: null });
  });
});

describe('contact points belong to the organization that recorded them', () => {
  it('an editor records contacts for its own organization; each organization sees its own; the public none; the secretariat all', async () => {
    const ownA = await add('editorA', { personId: id.v, kind: 'EMAIL', value: 'v@hoi-a.example.org', label: 'office' });
    expect(ownA.body.errors).toBeUndefined();
    expect(ownA.body.data.addContactPoint.contactPoint).toMatchObject({ kind: 'EMAIL', value: 'v@hoi-a.example.org', label: 'office', recordedBy: { name: 'Hội A' } });
    const ownB = await add('editorB', { personId: id.v, kind: 'PHONE', value: '+84 90 000 1111', organizationId: id.b });
    expect(ownB.body.errors).toBeUndefined();

    expect(await contactsOf(id.v, 'editorA')).toMatchObject({ email: 'v@hoi-a.example.org', phone: null, contactPoints: [{ value: 'v@hoi-a.example.org', recordedBy: { name: 'Hội A' } }] });
    expect((await contactsOf(id.v, 'readerA')).contactPoints.map((c: any) => c.value)).toEqual(['v@hoi-a.example.org']);
    expect(await contactsOf(id.v, 'editorB')).toMatchObject({ email: null, phone: '+84 90 000 1111', contactPoints: [{ value: '+84 90 000 1111', recordedBy: { name: 'Hội B' } }] });
    expect(await contactsOf(id.v, 'public')).toEqual({ email: null, phone: null, contactPoints: [] });
    const all = await contactsOf(id.v, 'secretariat');
    // Oldest first: the secretariat's own entries come from createPerson.
    expect(all.email).toBe('v@secretariat.example.org');
    expect(all.phone).toBe('+84 24 3825 0000');
    expect(all.contactPoints.map((c: any) => [c.kind, c.value, c.recordedBy?.name ?? null])).toEqual([
      ['EMAIL', 'v@secretariat.example.org', null],
      ['PHONE', '+84 24 3825 0000', null],
      ['EMAIL', 'v@hoi-a.example.org', 'Hội A'],
      ['PHONE', '+84 90 000 1111', 'Hội B'],
    ]);
  });

  it('an editor may record only for its own organization (not another, not a branch); the secretariat for any or none', async () => {
    for (const organizationId of [id.b, id.branch]) {
      const { body } = await add('editorA', { personId: id.v, kind: 'EMAIL', value: 'x@example.org', organizationId });
      expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const reader = await add('readerA', { personId: id.v, kind: 'EMAIL', value: 'x@example.org' });
    expect(reader.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anon = await add('public', { personId: id.v, kind: 'EMAIL', value: 'x@example.org' });
    expect(anon.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const forB = await add('secretariat', { personId: id.v, kind: 'EMAIL', value: 'v@for-b.example.org', organizationId: id.b });
    expect(forB.body.data.addContactPoint.contactPoint.recordedBy).toEqual({ name: 'Hội B' });
    expect((await contactsOf(id.v, 'editorB')).contactPoints.map((c: any) => c.value)).toContain('v@for-b.example.org');
    expect((await contactsOf(id.v, 'editorA')).contactPoints.map((c: any) => c.value)).not.toContain('x@example.org');
  });

  it('values are validated by kind, naming the field', async () => {
    const email = await add('editorA', { personId: id.v, kind: 'EMAIL', value: 'not an address' });
    expect(email.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.value' }] });
    const phone = await add('editorA', { personId: id.v, kind: 'PHONE', value: 'call me' });
    expect(phone.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.value' }] });
  });

  it('removal: only contact points the caller sees (others are NOT_FOUND), with the version read, audited', async () => {
    const all = (await contactsOf(id.v, 'secretariat')).contactPoints as { id: string; version: number; value: string }[];
    const secretariats = all.find((c) => c.value === 'v@secretariat.example.org')!;
    const bs = all.find((c) => c.value === '+84 90 000 1111')!;
    for (const target of [secretariats, bs]) {
      const { body } = await server.gql(REMOVE, { input: { id: target.id, version: target.version } }, token.editorA);
      expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
    const mine = (await contactsOf(id.v, 'editorA')).contactPoints[0];
    const stale = await server.gql(REMOVE, { input: { id: mine.id, version: mine.version + 1 } }, token.editorA);
    expect(stale.body.errors![0].extensions!.code).toBe('CONFLICT');
    const removed = await server.gql(REMOVE, { input: { id: mine.id, version: mine.version } }, token.editorA);
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data.removeContactPoint.removedId).toBe(mine.id);
    expect((await contactsOf(id.v, 'editorA')).contactPoints).toEqual([]);
    expect((await contactsOf(id.v, 'secretariat')).contactPoints.map((c: any) => c.value)).toContain('v@secretariat.example.org');

    const trail = await server.gql('query($id: ID!) { auditTrail(entityId: $id) { nodes { actor action entityType before after } } }', { id: mine.id }, token.secretariat);
    expect(trail.body.data.auditTrail.nodes).toEqual([
      expect.objectContaining({ actor: 'editor-a', action: 'DELETE', entityType: 'ContactPoint', before: expect.objectContaining({ value: 'v@hoi-a.example.org', organization: toGlobalId('Organization', id.aKey) }), after: null }),
      expect.objectContaining({ actor: 'editor-a', action: 'CREATE', entityType: 'ContactPoint', after: expect.objectContaining({ kind: 'EMAIL', value: 'v@hoi-a.example.org' }) }),
    ]);
  });

  it('a contact point is not refetchable through node(id)', async () => {
    const [point] = (await contactsOf(id.v, 'secretariat')).contactPoints;
    for (const who of ['public', 'editorA']) {
      const { body } = await server.gql('query($id: ID!) { node(id: $id) { id } }', { id: point.id }, token[who]);
      expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
  });

  it('updatePerson changes the secretariat’s own contact, and leaves the organizations’ alone', async () => {
    const { version } = (await server.gql('query($id: ID!) { person(id: $id) { version } }', { id: id.v })).body.data.person;
    const updated = await server.gql('mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { email } } }', { input: { id: id.v, version, email: 'v.new@secretariat.example.org', phone: null } }, token.secretariat);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updatePerson.person.email).toBe('v.new@secretariat.example.org');
    const all = await contactsOf(id.v, 'secretariat');
    expect(all.contactPoints.filter((c: any) => c.recordedBy === null).map((c: any) => c.value)).toEqual(['v.new@secretariat.example.org']);
    expect(all.phone).toBe('+84 90 000 1111');
    expect((await contactsOf(id.v, 'editorA')).email).toBeNull();
  });
});

describe('loading stays batched', () => {
  it(`the contact points of ${PERSONS} persons load in one statement`, async () => {
    const em = server.app.database.orm.em.fork();
    await em.transactional(async (tx) => {
      for (let i = 0; i < PERSONS; i++) tx.create(Person, { fullName: `Đàm Văn Lô ${String(i).padStart(2, '0')}`, sourceCitations: ['fixture'] });
    });
    const ids = (await server.gql(`{ persons(first: ${PERSONS}, filter: { search: "dam van lo" }) { edges { node { id } } } }`)).body.data.persons.edges.map((e: any) => e.node.id);
    expect(ids).toHaveLength(PERSONS);
    for (const [i, personId] of ids.entries()) {
      expect((await add('secretariat', { personId, kind: 'EMAIL', value: `lo${i}@example.org` })).body.errors).toBeUndefined();
      expect((await add('editorA', { personId, kind: 'PHONE', value: `+84 91 000 ${String(i).padStart(4, '0')}` })).body.errors).toBeUndefined();
    }
    const q = `{ persons(first: ${PERSONS}, filter: { search: "dam van lo" }) { edges { node { fullName email phone contactPoints { kind value recordedBy { name } } } } } }`;
    for (const [who, perPerson] of [['secretariat', 2], ['editorA', 1]] as const) {
      server.resetQueries();
      const { body } = await server.gql(q, {}, token[who]);
      expect(body.errors).toBeUndefined();
      expect(body.data.persons.edges.map((e: any) => e.node.contactPoints.length)).toEqual(Array(PERSONS).fill(perPerson));
      expect(server.queries.filter((sql) => /contact_point/.test(sql))).toHaveLength(1);
    }
  });
});

import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('writes', { seed: false, env: { WRITE_RATE_LIMIT: '40' } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const own = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Của Tôi', ...src });
    const other = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Khác', ...src });
    const body = tx.create(Body, { organization: own, kind: BodyKind.EXECUTIVE_COMMITTEE, size: 9, ...src });
    const otherBody = tx.create(Body, { organization: other, kind: BodyKind.EXECUTIVE_COMMITTEE, ...src });
    const persons = ['Vũ Văn Năm', 'Đặng Thị Sáu', 'Bùi Văn Bảy'].map((fullName) => tx.create(Person, { fullName, ...src }));
    await tx.flush();
    Object.assign(id, { own: toGlobalId('Organization', own.id), other: toGlobalId('Organization', other.id), body: toGlobalId('Body', body.id), otherBody: toGlobalId('Body', otherBody.id) });
    persons.forEach((p, i) => (id[`p${i}`] = toGlobalId('Person', p.id)));
    id.ownKey = own.id;
    id.otherKey = other.id;
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  token.reader = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: id.ownKey });
  token.ownEditor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'own-editor', organizationId: id.ownKey });
  token.otherEditor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'other-editor', organizationId: id.otherKey });
});
afterAll(() => server.stop());

const as = (who?: string): Record<string, string> => (who ? { authorization: `Bearer ${token[who]}` } : {});
const APPOINT = `mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id version role heldFrom heldUntil person { fullName } body { kind } } } }`;
const END = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id version heldUntil } } }`;
const REPLACE = `mutation($input: ReplaceMemberInput!) { replaceMember(input: $input) { ended { heldUntil } appointed { person { fullName } heldFrom } } }`;

async function appoint(who: string, input: Record<string, unknown>): Promise<any> {
  const { body } = await server.gql(APPOINT, { input }, as(who));
  return body;
}

const members = async () => (await server.gql('query($id: ID!) { node(id: $id) { ... on Body { members(asOf: "2025-06-01") { edges { role node { fullName } } } } } }', { id: id.body })).body.data.node.members.edges.map((e: any) => `${e.node.fullName} ${e.role}`);

describe('who may write: every role against every membership mutation', () => {
  const callers: [string | undefined, string][] = [
    [undefined, 'UNAUTHENTICATED'],
    ['reader', 'FORBIDDEN'],
    ['otherEditor', 'FORBIDDEN'],
  ];
  it.each(callers)('appointMember, endMembership and replaceMember refuse %s with %s and change nothing', async (who, code) => {
    const before = await members();
    const appointed = await appoint(who as string, { personId: id.p0, organizationId: id.own, bodyId: id.body, role: 'MEMBER', startDate: '2025-01-01' });
    expect(appointed.errors[0].extensions.code).toBe(code);
    const created = (await appoint('secretariat', { personId: id.p2, organizationId: id.own, bodyId: id.body, role: 'MEMBER', startDate: '2024-01-01', endDate: '2024-06-30' })).data.appointMember.membership;
    const ended = await server.gql(END, { input: { id: created.id, version: created.version, endDate: '2024-03-01' } }, as(who as string));
    expect(ended.body.errors![0].extensions!.code).toBe(code);
    const replaced = await server.gql(REPLACE, { input: { id: created.id, version: created.version, endDate: '2024-03-01', successorId: id.p1 } }, as(who as string));
    expect(replaced.body.errors![0].extensions!.code).toBe(code);
    expect(await members()).toEqual(before);
  });

  it('an editor writes its own organization’s roster; the secretariat writes any', async () => {
    const own = await appoint('ownEditor', { personId: id.p0, organizationId: id.own, bodyId: id.body, role: 'PRESIDENT', startDate: '2025-01-01', termEnd: '2029-12-31' });
    expect(own.errors).toBeUndefined();
    expect(own.data.appointMember.membership).toMatchObject({ role: 'PRESIDENT', heldFrom: '2025-01-01', heldUntil: '2029-12-31', person: { fullName: 'Vũ Văn Năm' }, body: { kind: 'EXECUTIVE_COMMITTEE' } });
    const any = await appoint('secretariat', { personId: id.p1, organizationId: id.other, bodyId: id.otherBody, role: 'MEMBER', startDate: '2025-01-01' });
    expect(any.errors).toBeUndefined();
    expect(await members()).toContain('Vũ Văn Năm PRESIDENT');
  });
});

describe('validation names each offending field', () => {
  it('dates out of order and a body of another organization', async () => {
    const body = await appoint('secretariat', { personId: id.p1, organizationId: id.own, bodyId: id.otherBody, role: 'MEMBER', startDate: '2025-05-01', endDate: '2025-01-01' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].extensions.fields.map((f: any) => f.field).sort()).toEqual(['input.bodyId', 'input.endDate']);
  });

  it('no two presidents over the same dates', async () => {
    const body = await appoint('secretariat', { personId: id.p1, organizationId: id.own, bodyId: id.body, role: 'PRESIDENT', startDate: '2026-01-01' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', role: 'PRESIDENT', bodyId: id.body });
  });

  it('class-validator limits on the input', async () => {
    const body = await appoint('secretariat', { personId: id.p1, organizationId: id.own, role: 'MEMBER', startDate: '2026-01-01', title: 'x'.repeat(300) });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('consistency', () => {
  it('two concurrent updates of the same roster entry: one wins, the other gets CONFLICT, nothing lost', async () => {
    const created = (await appoint('secretariat', { personId: id.p2, organizationId: id.own, bodyId: id.body, role: 'MEMBER', startDate: '2025-02-01' })).data.appointMember.membership;
    const [a, b] = await Promise.all([
      server.gql(END, { input: { id: created.id, version: created.version, endDate: '2025-06-30' } }, as('secretariat')),
      server.gql(END, { input: { id: created.id, version: created.version, endDate: '2025-09-30' } }, as('ownEditor')),
    ]);
    const results = [a.body, b.body];
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers[0].errors![0].extensions!.code).toBe('CONFLICT');
    const { node } = (await server.gql('query($id: ID!) { node(id: $id) { ... on Membership { version heldUntil } } }', { id: created.id })).body.data;
    expect(node).toEqual({ version: created.version + 1, heldUntil: winners[0].data.endMembership.membership.heldUntil });
  });

  it('a failing multi-entity mutation leaves no partial rows', async () => {
    const created = (await appoint('secretariat', { personId: id.p2, organizationId: id.own, bodyId: id.body, role: 'SECRETARY_GENERAL', startDate: '2025-03-01' })).data.appointMember.membership;
    const unknown = toGlobalId('Person', '00000000-0000-4000-8000-000000000000');
    const { body } = await server.gql(REPLACE, { input: { id: created.id, version: created.version, endDate: '2025-12-31', successorId: unknown } }, as('secretariat'));
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    const { node } = (await server.gql('query($id: ID!) { node(id: $id) { ... on Membership { version heldUntil } } }', { id: created.id })).body.data;
    expect(node).toEqual({ version: created.version, heldUntil: null });
    const ok = await server.gql(REPLACE, { input: { id: created.id, version: created.version, endDate: '2025-12-31', successorId: id.p1 } }, as('secretariat'));
    expect(ok.body.data.replaceMember).toEqual({ ended: { heldUntil: '2025-12-31' }, appointed: { person: { fullName: 'Đặng Thị Sáu' }, heldFrom: '2026-01-01' } });
  });
});

describe('the audit trail', () => {
  it('records who changed which entity, the fields before and after; the secretariat reads it, nobody edits it', async () => {
    const created = (await appoint('ownEditor', { personId: id.p2, organizationId: id.own, role: 'STANDING_MEMBER', startDate: '2025-04-01' })).data.appointMember.membership;
    await server.gql(END, { input: { id: created.id, version: created.version, endDate: '2025-10-31' } }, as('ownEditor'));
    const q = 'query($id: ID!) { auditTrail(entityId: $id) { actor actorRole action entityType before after } }';
    const { body } = await server.gql(q, { id: created.id }, as('secretariat'));
    expect(body.data.auditTrail).toEqual([
      { actor: 'own-editor', actorRole: 'ASSOCIATION_EDITOR', action: 'UPDATE', entityType: 'Membership', before: { endDate: null }, after: { endDate: { start: '2025-10-31', end: '2025-10-31', precision: 'DAY' } } },
      expect.objectContaining({ actor: 'own-editor', action: 'CREATE', before: null, after: expect.objectContaining({ role: 'STANDING_MEMBER' }) }),
    ]);
    const denied = await server.gql(q, { id: created.id }, as('ownEditor'));
    expect(denied.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    await expect(server.app.database.orm.em.fork().execute('update audit_entry set actor = ?', ['someone else'])).rejects.toThrow(/cannot be changed/);
  });
});

describe('rate limiting of writes', () => {
  it('past the limit a token gets RATE_LIMITED with Retry-After', async () => {
    let last: any;
    for (let i = 0; i < 45; i++) {
      last = await server.gql(APPOINT, { input: { personId: id.p0, organizationId: id.other, role: 'MEMBER', startDate: '2020-01-01' } }, as('otherEditor'));
      if (last.body.errors?.[0]?.extensions?.code === 'RATE_LIMITED') break;
    }
    expect(last.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

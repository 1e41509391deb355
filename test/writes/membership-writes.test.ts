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

const REFUSED_CALLERS: [string, string | undefined, string][] = [
  ['the public', undefined, 'UNAUTHENTICATED'],
  ['a reader of the organization', 'reader', 'FORBIDDEN'],
  ['the editor of another organization', 'otherEditor', 'FORBIDDEN'],
];

/** As the secretariat, failing on any error. */
async function read(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await server.gql(query, variables, as('secretariat'));
  expect(body.errors).toBeUndefined();
  return body.data;
}
/** The roster of a body on a day, "name ROLE" sorted. */
const rosterOn = async (bodyId: string, asOf: string): Promise<string[]> =>
  (await read(`query($id: ID!, $asOf: Date) { node(id: $id) { ... on Body { members(asOf: $asOf, first: 100) { edges { role node { fullName } } } } } }`, { id: bodyId, asOf }))
    .node.members.edges.map((e: any) => `${e.node.fullName} ${e.role}`).sort();
const membership = async (membershipId: string) => (await read('query($id: ID!) { node(id: $id) { ... on Membership { version heldFrom heldUntil } } }', { id: membershipId })).node;
const trail = async (entityId: string) => (await read('query($id: ID!) { auditTrail(entityId: $id) { nodes { action before after } } }', { id: entityId })).auditTrail.nodes;
/** A body of its own for a test, so that no other test's appointments show in its rosters. */
async function newBody(): Promise<string> {
  const { body } = await server.gql('mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }', { input: { organizationId: id.own, kind: 'STANDING_COMMITTEE' } }, as('secretariat'));
  expect(body.errors).toBeUndefined();
  return body.data.createBody.body.id;
}
async function appointed(input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const body = await appoint('secretariat', { organizationId: id.own, role: 'MEMBER', ...input });
  expect(body.errors).toBeUndefined();
  return body.data.appointMember.membership;
}
const codeOf = (response: { body: { errors?: { extensions?: Record<string, any> }[]; data?: unknown } }) => ({ code: response.body.errors?.[0]?.extensions?.code, data: response.body.data ?? null });

/*
 * A refused change must leave the data as it was, and that is checked where it would show: the roster of
 * the day after the refused end date (an end that got through would drop the member from it, a
 * replacement would put the successor in), the first day of a refused appointment, the membership's own
 * version and dates, and its audit trail (no entry beyond the ones it had).
 */
describe('Refuse … and change nothing', () => {
  it.each(REFUSED_CALLERS)('Refuse %s an appointment, an end and a replacement, and change nothing', async (_label, who, code) => {
    const bodyId = await newBody();
    const held = await appointed({ personId: id.p2, bodyId, startDate: '2024-01-01', endDate: '2024-06-30' });
    const shown = { '2024-03-01': ['Bùi Văn Bảy MEMBER'], '2024-03-02': ['Bùi Văn Bảy MEMBER'], '2025-01-01': [] };
    const rosters = async () => ({ '2024-03-01': await rosterOn(bodyId, '2024-03-01'), '2024-03-02': await rosterOn(bodyId, '2024-03-02'), '2025-01-01': await rosterOn(bodyId, '2025-01-01') });
    expect(await rosters()).toEqual(shown);
    const before = { node: await membership(held.id), trail: await trail(held.id) };

    // an appointment would show from its first day, 2025-01-01
    expect(codeOf({ body: await appoint(who as string, { personId: id.p0, organizationId: id.own, bodyId, role: 'MEMBER', startDate: '2025-01-01' }) })).toEqual({ code, data: null });
    // an end on 2024-03-01 would drop the member from the roster of 2024-03-02
    expect(codeOf(await server.gql(END, { input: { id: held.id, version: held.version, endDate: '2024-03-01' } }, as(who)))).toEqual({ code, data: null });
    // a replacement would also put the successor on it
    expect(codeOf(await server.gql(REPLACE, { input: { id: held.id, version: held.version, endDate: '2024-03-01', successorId: id.p1 } }, as(who)))).toEqual({ code, data: null });

    expect(await rosters()).toEqual(shown);
    expect({ node: await membership(held.id), trail: await trail(held.id) }).toEqual(before);
    expect(before.node).toEqual({ version: held.version, heldFrom: '2024-01-01', heldUntil: '2024-06-30' });
  });

  it('Refuse an end before the start (BAD_USER_INPUT), and change nothing', async () => {
    const bodyId = await newBody();
    const held = await appointed({ personId: id.p1, bodyId, startDate: '2024-05-01' });
    // an end before the start that got through would take the member off every roster, the first day's too
    const days = ['2024-04-02', '2024-05-01', '2024-05-02'];
    const rosters = async () => Promise.all(days.map((day) => rosterOn(bodyId, day)));
    const shown = [[], ['Đặng Thị Sáu MEMBER'], ['Đặng Thị Sáu MEMBER']];
    expect(await rosters()).toEqual(shown);
    const before = { node: await membership(held.id), trail: await trail(held.id) };

    const ended = await server.gql(END, { input: { id: held.id, version: held.version, endDate: '2024-04-01' } }, as('ownEditor'));
    expect(ended.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.endDate', message: 'must not be before 2024-05-01' }] });
    const replaced = await server.gql(REPLACE, { input: { id: held.id, version: held.version, endDate: '2024-04-01', successorId: id.p0 } }, as('ownEditor'));
    expect(replaced.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.endDate' }] });
    expect([ended.body.data ?? null, replaced.body.data ?? null]).toEqual([null, null]);

    expect(await rosters()).toEqual(shown);
    expect({ node: await membership(held.id), trail: await trail(held.id) }).toEqual(before);
    expect(before.node).toEqual({ version: held.version, heldFrom: '2024-05-01', heldUntil: null });
  });

  it('Refuse a second end or a replacement with an already-used version (CONFLICT), and change nothing', async () => {
    const bodyId = await newBody();
    const held = await appointed({ personId: id.p0, bodyId, startDate: '2024-01-01' });
    const first = await server.gql(END, { input: { id: held.id, version: held.version, endDate: '2024-09-30' } }, as('ownEditor'));
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.endMembership.membership).toMatchObject({ version: held.version + 1, heldUntil: '2024-09-30' });
    // the stale writes end on 2024-03-01: the roster of 2024-03-02 would lose the member (or show the successor)
    const days = ['2024-03-02', '2024-09-30', '2024-10-01'];
    const rosters = async () => Promise.all(days.map((day) => rosterOn(bodyId, day)));
    const shown = [['Vũ Văn Năm MEMBER'], ['Vũ Văn Năm MEMBER'], []];
    expect(await rosters()).toEqual(shown);
    const before = { node: await membership(held.id), trail: await trail(held.id) };
    expect(before.trail.map((e: any) => e.action)).toEqual(['UPDATE', 'CREATE']);

    const stale = await server.gql(END, { input: { id: held.id, version: held.version, endDate: '2024-03-01' } }, as('ownEditor'));
    expect(codeOf(stale)).toEqual({ code: 'CONFLICT', data: null });
    const staleReplace = await server.gql(REPLACE, { input: { id: held.id, version: held.version, endDate: '2024-03-01', successorId: id.p1 } }, as('secretariat'));
    expect(codeOf(staleReplace)).toEqual({ code: 'CONFLICT', data: null });

    expect(await rosters()).toEqual(shown);
    expect({ node: await membership(held.id), trail: await trail(held.id) }).toEqual(before);
    expect(before.node).toEqual({ version: held.version + 1, heldFrom: '2024-01-01', heldUntil: '2024-09-30' });
  });

  it('Refuse a replacement whose successor’s seat is taken (CONFLICT), and end nothing', async () => {
    const bodyId = await newBody();
    const held = await appointed({ personId: id.p0, bodyId, role: 'PRESIDENT', startDate: '2024-01-01', endDate: '2024-12-31' });
    const next = await appointed({ personId: id.p1, bodyId, role: 'PRESIDENT', startDate: '2025-06-01' });
    // ending on 2024-06-30 is itself fine; the successor, from 2024-07-01 and open-ended, would overlap the next president
    const days = ['2024-06-30', '2024-07-01', '2025-06-01'];
    const rosters = async () => Promise.all(days.map((day) => rosterOn(bodyId, day)));
    const shown = [['Vũ Văn Năm PRESIDENT'], ['Vũ Văn Năm PRESIDENT'], ['Đặng Thị Sáu PRESIDENT']];
    expect(await rosters()).toEqual(shown);
    const before = { node: await membership(held.id), trail: await trail(held.id), next: await membership(next.id) };

    const replaced = await server.gql(REPLACE, { input: { id: held.id, version: held.version, endDate: '2024-06-30', successorId: id.p2 } }, as('ownEditor'));
    // The seat is named with the president in the way, not the outgoing one.
    expect(replaced.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', role: 'PRESIDENT', bodyId, heldBy: next.id });
    expect(replaced.body.data ?? null).toBeNull();

    // both or neither: the end, already flushed inside the transaction, is rolled back with the successor
    expect(await rosters()).toEqual(shown);
    expect({ node: await membership(held.id), trail: await trail(held.id), next: await membership(next.id) }).toEqual(before);
    expect(before.node).toEqual({ version: held.version, heldFrom: '2024-01-01', heldUntil: '2024-12-31' });
  });
});

describe('who may write: the editor of the organization and the secretariat', () => {
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
    const q = 'query($id: ID!) { auditTrail(entityId: $id) { nodes { actor actorRole action entityType before after } } }';
    const { body } = await server.gql(q, { id: created.id }, as('secretariat'));
    expect(body.data.auditTrail.nodes).toEqual([
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

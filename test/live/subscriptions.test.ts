import type { Client } from 'graphql-ws';
import { startApp, type App } from '../../src/app.js';
import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { ContactKind, ContactPoint } from '../../src/modules/person/contact-point.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { describeOnServer } from '../support/engine.js';
import { capturingLogger, liveClient, subscribe, type Closed } from '../support/live.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Issue 14 item 6: GraphQL subscriptions over WebSocket (graphql-ws), through the real server. */

const { authSecret } = loadConfig({ NODE_ENV: 'test' });
const id: Record<string, string> = {};
const token: Record<string, string> = {};

/** An association with an executive committee, three persons (the first with an e-mail the secretariat recorded). */
async function fixtures(app: App): Promise<void> {
  await app.database.orm.em.fork().transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const own = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Trực Tuyến', ...src });
    const body = tx.create(Body, { organization: own, kind: BodyKind.EXECUTIVE_COMMITTEE, size: 9, ...src });
    const persons = ['Vũ Văn Năm', 'Đặng Thị Sáu', 'Bùi Văn Bảy'].map((fullName) => tx.create(Person, { fullName, ...src }));
    tx.create(ContactPoint, { person: persons[0], organization: null, kind: ContactKind.EMAIL, value: 'nam@example.org', enteredBy: 'fixture' });
    await tx.flush();
    Object.assign(id, { own: toGlobalId('Organization', own.id), ownKey: own.id, body: toGlobalId('Body', body.id) });
    persons.forEach((p, i) => (id[`p${i}`] = toGlobalId('Person', p.id)));
  });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'ban-thu-ky' });
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor', organizationId: id.ownKey });
  token.reader = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: id.ownKey });
}

async function gql(app: App, query: string, variables: Record<string, unknown>, who?: string): Promise<any> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${token[who]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const APPOINT = 'mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id version } } }';
const END = 'mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id version } } }';
const REPLACE = 'mutation($input: ReplaceMemberInput!) { replaceMember(input: $input) { ended { id } appointed { id } } }';
const ROSTER = `subscription($bodyId: ID, $organizationId: ID) {
  membershipsChanged(bodyId: $bodyId, organizationId: $organizationId) { action membershipId at membership { role heldUntil person { fullName email } } }
}`;

const codesOf = (ended: unknown) => (ended as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code);

describeOnServer('live updates across instances', 'instances share a database server; an embedded engine belongs to one process', () => {
  let database: TestDatabase;
  let a: App;
  let b: App;
  const log = capturingLogger();
  const clients: Client[] = [];
  let subscriptions = 0;

  const config = () => loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEED_ON_START: 'false' });
  /** A client of instance A; the writes go to instance B. */
  const onA = (who?: string) => {
    const { client } = liveClient(a.url, who && token[who]);
    clients.push(client);
    return client;
  };
  const started = (count: number) => log.started((subscriptions += count));

  beforeAll(async () => {
    database = await createTestDatabase('live');
    a = await startApp(config(), { logger: log.logger });
    b = await startApp(config());
    await fixtures(a);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('a roster subscribed on one instance hears appointments, ends and replacements written on the other, each subscriber with its own rights', async () => {
    const publicRoster = subscribe(onA(), ROSTER, { bodyId: id.body });
    const secretariatRoster = subscribe(onA('secretariat'), ROSTER, { organizationId: id.own });
    await started(2);

    const appointed = (await gql(b, APPOINT, { input: { personId: id.p0, organizationId: id.own, bodyId: id.body, role: 'MEMBER', startDate: '2025-01-01' } }, 'editor')).appointMember.membership;
    const [created] = await publicRoster.received(1);
    expect(created.data!.membershipsChanged).toMatchObject({ action: 'CREATE', membershipId: appointed.id, membership: { role: 'MEMBER', heldUntil: null, person: { fullName: 'Vũ Văn Năm', email: null } } });
    // The same change, resolved with the secretariat's rights: the contact it recorded shows.
    const [seen] = await secretariatRoster.received(1);
    expect(seen.data!.membershipsChanged.membership.person).toEqual({ fullName: 'Vũ Văn Năm', email: 'nam@example.org' });

    const ended = (await gql(b, END, { input: { id: appointed.id, version: appointed.version, endDate: '2025-06-30' } }, 'secretariat')).endMembership.membership;
    expect((await publicRoster.received(2))[1].data!.membershipsChanged).toMatchObject({ action: 'UPDATE', membershipId: appointed.id, membership: { heldUntil: '2025-06-30' } });

    const replaced = (await gql(b, REPLACE, { input: { id: ended.id, version: ended.version, endDate: '2025-09-30', successorId: id.p1 } }, 'secretariat')).replaceMember;
    const events = (await publicRoster.received(4)).slice(2).map((r) => r.data!.membershipsChanged);
    expect(events.map((e) => [e.action, e.membershipId])).toEqual([
      ['UPDATE', replaced.ended.id],
      ['CREATE', replaced.appointed.id],
    ]);
    expect(events[1].membership.person.fullName).toBe('Đặng Thị Sáu');
    expect((await secretariatRoster.received(4)).map((r) => r.data!.membershipsChanged.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'CREATE']);
    // A write refused (a stale version: CONFLICT) rolls back and announces nothing.
    const stale = await fetch(`${b.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token.secretariat}` }, body: JSON.stringify({ query: END, variables: { input: { id: ended.id, version: ended.version, endDate: '2025-07-31' } } }) });
    expect(((await stale.json()) as any).errors[0].extensions.code).toBe('CONFLICT');
    // Nothing else arrived (no event twice, none for another record, none for the refused write).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([publicRoster.results.length, secretariatRoster.results.length]).toEqual([4, 4]);
  });

  it('an event’s participations: invitations and attendance recorded on the other instance', async () => {
    const event = (await gql(b, 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }', { input: { kind: 'MEETING', title: 'Gặp mặt trực tuyến', startDate: '2025-05-01', organizerIds: [id.own] } }, 'editor')).createEvent.event;
    const attendance = subscribe(onA('reader'), 'subscription($eventId: ID!) { participationsChanged(eventId: $eventId) { action participationId participation { invited attended person { fullName } } } }', { eventId: event.id });
    await started(1);

    const invited = (await gql(b, 'mutation($input: InviteInput!) { invite(input: $input) { participations { id version person { fullName } } } }', { input: { eventId: event.id, personIds: [id.p0, id.p2] } }, 'editor')).invite.participations;
    const first = (await attendance.received(2)).map((r) => r.data!.participationsChanged);
    expect(first.map((c) => [c.action, c.participation.person.fullName, c.participation.attended]).sort()).toEqual([
      ['CREATE', 'Bùi Văn Bảy', null],
      ['CREATE', 'Vũ Văn Năm', null],
    ]);

    const nam = invited.find((p: any) => p.person.fullName === 'Vũ Văn Năm');
    await gql(b, 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { participation { id } } }', { input: { participationId: nam.id, version: nam.version, attended: true } }, 'editor');
    expect((await attendance.received(3))[2].data!.participationsChanged).toEqual({ action: 'UPDATE', participationId: nam.id, participation: { invited: true, attended: true, person: { fullName: 'Vũ Văn Năm' } } });
  });

  it('when the connection listening for changes drops, its subscriptions end with SERVICE_UNAVAILABLE; once it is back, new ones hear writes again', async () => {
    const roster = subscribe(onA(), ROSTER, { bodyId: id.body });
    await started(1);
    // Both instances' listening connections (the pool's connections are left alone).
    await a.database.orm.em.fork().execute(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'amity-changes'`);
    expect(codesOf(await roster.ended)).toEqual(['SERVICE_UNAVAILABLE']);
    await log.logged('listening for changes again: live updates resume');

    const again = subscribe(onA(), ROSTER, { bodyId: id.body });
    await started(1);
    await gql(b, APPOINT, { input: { personId: id.p2, organizationId: id.own, bodyId: id.body, role: 'MEMBER', startDate: '2025-10-01' } }, 'secretariat');
    expect((await again.received(1))[0].data!.membershipsChanged.membership.person.fullName).toBe('Bùi Văn Bảy');
  });

  it('the secretariat hears new audit entries, all or one actor’s; the public and a reader are refused when subscribing', async () => {
    const AUDIT = 'subscription($actor: String) { auditEntryAdded(actor: $actor) { actor action entityType record after } }';
    const all = subscribe(onA('secretariat'), AUDIT);
    const editors = subscribe(onA('secretariat'), AUDIT, { actor: 'editor' });
    await started(2);
    const anonymous = subscribe(onA(), AUDIT);
    const reader = subscribe(onA('reader'), AUDIT);
    expect(codesOf(await anonymous.ended)).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await reader.ended)).toEqual(['FORBIDDEN']);

    const person = (await gql(b, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', { input: { fullName: 'Lê Thị Mới' } }, 'secretariat')).createPerson.person;
    const membership = (await gql(b, APPOINT, { input: { personId: person.id, organizationId: id.own, role: 'MEMBER', startDate: '2025-02-01' } }, 'editor')).appointMember.membership;

    const entries = (await all.received(2)).map((r) => r.data!.auditEntryAdded);
    expect(entries.map((e) => [e.actor, e.action, e.entityType, e.record])).toEqual([
      ['ban-thu-ky', 'CREATE', 'Person', person.id],
      ['editor', 'CREATE', 'Membership', membership.id],
    ]);
    expect(entries[0].after).toMatchObject({ fullName: 'Lê Thị Mới' });
    expect((await editors.received(1)).map((r) => r.data!.auditEntryAdded.record)).toEqual([membership.id]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editors.results).toHaveLength(1);
  });
});

describe('live updates on one server', () => {
  let server: TestServer;
  const log = capturingLogger();
  const clients: Client[] = [];
  let subscriptions = 0;
  const connect = (who?: string) => {
    const live = liveClient(server.url, who && token[who]);
    clients.push(live.client);
    return live;
  };

  beforeAll(async () => {
    server = await startTestServer('live_one', { seed: false, logger: log.logger });
    await fixtures(server.app);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await server.stop();
  });

  it('a write is heard by a subscriber of the same server (on the embedded engine: the in-process bus)', async () => {
    const roster = subscribe(connect('editor').client, ROSTER, { bodyId: id.body });
    await log.started((subscriptions += 1));
    const { body } = await server.gql(APPOINT, { input: { personId: id.p2, organizationId: id.own, bodyId: id.body, role: 'MEMBER', startDate: '2025-03-01' } }, { authorization: `Bearer ${token.secretariat}` });
    const [event] = await roster.received(1);
    expect(event.data!.membershipsChanged).toMatchObject({ action: 'CREATE', membershipId: body.data.appointMember.membership.id, membership: { person: { fullName: 'Bùi Văn Bảy' } } });
  });

  it('a bad or expired token is refused at connection: the socket closes with 4403 and the reason', async () => {
    const expired = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'late', expiresIn: '-1h' });
    for (const [given, reason] of [
      ['not-a-token', 'UNAUTHENTICATED: The token is not valid'],
      [expired, 'UNAUTHENTICATED: The token has expired'],
    ]) {
      const { client, closed } = liveClient(server.url, given);
      clients.push(client);
      const live = subscribe(client, ROSTER, { bodyId: id.body });
      expect(await closed).toEqual<Closed>({ code: 4403, reason });
      expect(await live.ended).toMatchObject({ code: 4403 });
    }
    expect(log.lines.filter((l) => l.msg === 'WebSocket connection refused: bad token')).toHaveLength(2);
  });

  it('an open socket is closed when its token expires', async () => {
    const { client, closed } = liveClient(server.url, await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'brief', expiresIn: '2s' }));
    clients.push(client);
    const trail = subscribe(client, 'subscription { auditEntryAdded { id } }');
    await log.started((subscriptions += 1));
    expect(await closed).toEqual<Closed>({ code: 4403, reason: 'UNAUTHENTICATED: The token has expired' });
    expect(await trail.ended).toMatchObject({ code: 4403 });
  });

  it('a subscription is checked as a query is: unknown records, bad arguments, the cost and depth limits, queries refused over the socket', async () => {
    const { client } = connect('reader');
    const endedWith = async (query: string, variables?: Record<string, unknown>) => (await subscribe(client, query, variables).ended) as { message: string; extensions: Record<string, any> }[];

    const unknownBody = toGlobalId('Body', '00000000-0000-4000-8000-000000000000');
    expect(codesOf(await endedWith(ROSTER, { bodyId: unknownBody }))).toEqual(['NOT_FOUND']);
    const both = await endedWith(ROSTER, { bodyId: id.body, organizationId: id.own });
    expect(both[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'bodyId' }] });
    expect(codesOf(await endedWith(ROSTER, { bodyId: id.own }))).toEqual(['BAD_USER_INPUT']);

    const costly = await endedWith(`subscription { membershipsChanged(bodyId: "${id.body}") { membership { person { memberships(first: 100) { edges { node { person { memberships(first: 100) { edges { node { role } } } } } } } } } } }`);
    expect(costly[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly[0].extensions.cost.requestedQueryCost).toBeGreaterThan(costly[0].extensions.cost.maximumQueryCost);
    const nested = (depth: number): string => (depth === 0 ? 'role' : `organization { memberships(first: 1) { edges { node { ${nested(depth - 1)} } } } }`);
    const deep = await endedWith(`subscription { membershipsChanged(bodyId: "${id.body}") { membership { ${nested(4)} } } }`);
    expect(deep[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(deep[0].message).toMatch(/depth/i);

    expect(codesOf(await endedWith('{ viewer { role } }'))).toEqual(['BAD_REQUEST']);
    expect(codesOf(await endedWith('subscription { nope }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codesOf(await endedWith('subscription {'))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(codesOf(await endedWith('subscription($id: ID) { membershipsChanged(bodyId: $id) { action } }', { id: 'a\u0000b' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('a subscription sent by HTTP POST is refused with BAD_REQUEST, saying to use a WebSocket', async () => {
    const { status, body } = await server.gql(ROSTER, { bodyId: id.body });
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'BAD_REQUEST', protocol: 'graphql-transport-ws' } });
    expect(body.errors![0].message).toMatch(/^Subscriptions are served over WebSocket, not HTTP/);
    expect(body.data).toBeUndefined();
  });

  it('on shutdown every socket is closed, going away (1001), and the server stops cleanly', async () => {
    const { client, closed } = connect();
    const roster = subscribe(client, ROSTER, { bodyId: id.body });
    await log.started((subscriptions += 1));
    await server.app.stop();
    expect((await closed).code).toBe(1001);
    expect(await roster.ended).toMatchObject({ code: 1001 });
  });
});

import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { fromGlobalId, toGlobalId } from '../../src/relay/global-id.js';
import { buildNetwork } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 10, item 5: an editor of A must not act for B through an event. Every organiser of an event is
 * one the caller may write for, when the event is created and when its invitations or attendance change.
 */
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('event-rights');
  const em = server.app.database.orm.em.fork();
  const [a, b] = await buildNetwork(em, 2, 'rights');
  await em.transactional(async (tx) => {
    const branch = tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội rights', parent: tx.getReference(Organization, a.id), sourceCitations: ['test fixture'] });
    await tx.flush();
    const person = async (fullName: string) => toGlobalId('Person', (await tx.findOneOrFail(Person, { fullName })).id);
    Object.assign(id, {
      a: toGlobalId('Organization', a.id), b: toGlobalId('Organization', b.id), branch: toGlobalId('Organization', branch.id),
      bMember: await person('Nguyễn Văn rights 1-3'), bOther: await person('Nguyễn Văn rights 1-4'),
    });
    const { authSecret } = loadConfig({ NODE_ENV: 'test' });
    token.editorA = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-a', organizationId: a.id });
    token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  });
});
afterAll(() => server.stop());

const as = (who: string) => ({ authorization: `Bearer ${token[who]}` });
const CREATE = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id organizers { nodes { id } } } } }';
const INVITE = 'mutation($input: InviteInput!) { invite(input: $input) { participations { id version } } }';
const RECORD = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { participation { id attended } } }';
const event = (title: string, organizerIds: string[]) => ({ input: { kind: 'MEETING', title, startDate: '2026-06-01', organizerIds } });
const eventsTitled = async (title: string) => (await server.app.database.orm.em.fork().execute('select count(*)::int as n from event where title = ?', [title]))[0].n;
const inactiveOfB = async () =>
  (await server.gql('query($b: ID!) { inactiveMembers(organizationId: $b, from: "2000-01-01", to: "2030-01-01", maxRate: 1, minRecorded: 0, first: 100) { nodes { person { id } invited attended recorded rate } } }', { b: id.b }))
    .body.data.inactiveMembers.nodes;

describe('events act only for organisations the caller may write for', () => {
  it('an editor of A cannot make an event organised by A and B, and nothing is written', async () => {
    for (const organizerIds of [[id.a, id.b], [id.b, id.a]]) {
      const title = `Joint ${organizerIds.join()}`;
      const { body } = await server.gql(CREATE, event(title, organizerIds), as('editorA'));
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(body.data).toBeNull();
      expect(await eventsTitled(title)).toBe(0);
    }
  });

  it('an editor of A may make an event organised by A and its branch', async () => {
    const { body } = await server.gql(CREATE, event('A with its branch', [id.a, id.branch]), as('editorA'));
    expect(body.errors).toBeUndefined();
    expect(body.data.createEvent.event.organizers.nodes.map((o: any) => o.id).sort()).toEqual([id.a, id.branch].sort());
  });

  it('the attack of the issue cannot change B’s inactive members', async () => {
    const before = await inactiveOfB();
    expect(before.find((m: any) => m.person.id === id.bMember)).toMatchObject({ invited: 0, recorded: 0, rate: null });

    // The editor of A cannot make the joint event...
    const created = await server.gql(CREATE, event('Attack', [id.a, id.b]), as('editorA'));
    expect(created.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // ...nor use one the secretariat made jointly for A and B to invite B's member or record their attendance.
    const joint = (await server.gql(CREATE, event('Joint by the secretariat', [id.a, id.b]), as('secretariat'))).body.data.createEvent.event.id;
    const invited = await server.gql(INVITE, { input: { eventId: joint, personIds: [id.bMember] } }, as('editorA'));
    expect(invited.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [participation] = (await server.gql(INVITE, { input: { eventId: joint, personIds: [id.bOther] } }, as('secretariat'))).body.data.invite.participations;
    const recorded = await server.gql(RECORD, { input: { participationId: participation.id, version: participation.version, attended: false } }, as('editorA'));
    expect(recorded.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await server.app.database.orm.em.fork().execute('select attended from participation where id = ?', [fromGlobalId(participation.id).id])).toEqual([{ attended: null }]);

    // Only the secretariat's invitation shows (invited, not recorded); B's member is untouched.
    const byPerson = (members: any[]) => Object.fromEntries(members.map(({ person, ...figures }) => [person.id, figures]));
    const expected = byPerson(before);
    expected[id.bOther] = { ...expected[id.bOther], invited: 1 };
    expect(byPerson(await inactiveOfB())).toEqual(expected);
  });

  it('the secretariat may still do all of it', async () => {
    const joint = (await server.gql(CREATE, event('Joint, recorded by the secretariat', [id.a, id.b]), as('secretariat'))).body.data.createEvent.event.id;
    const [participation] = (await server.gql(INVITE, { input: { eventId: joint, personIds: [id.bMember] } }, as('secretariat'))).body.data.invite.participations;
    const { body } = await server.gql(RECORD, { input: { participationId: participation.id, version: participation.version, attended: true } }, as('secretariat'));
    expect(body.errors).toBeUndefined();
    expect(body.data.recordAttendance.participation.attended).toBe(true);
  });

  it('an event with no recorded organizer is the secretariat’s: an editor may neither invite to it nor record attendance', async () => {
    const em = server.app.database.orm.em.fork();
    const [{ id: eventKey }] = await em.execute<{ id: string }[]>(
      `insert into event (id, version, created_at, updated_at, source_citations, synthetic, kind, title, start_date_start, start_date_end, start_date_precision, start_date_candidates)
       values (gen_random_uuid(), 1, now(), now(), '{fixture}', false, 'AWARD', 'Ceremony without organizer', '2026-05-01', '2026-05-01', 'DAY', '{}') returning id`,
    );
    const ceremony = toGlobalId('Event', eventKey);
    const invited = await server.gql(INVITE, { input: { eventId: ceremony, personIds: [id.bMember] } }, as('editorA'));
    expect(invited.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await em.execute('select count(*)::int as n from participation where event_id = ?', [eventKey])).toEqual([{ n: 0 }]);

    const [participation] = (await server.gql(INVITE, { input: { eventId: ceremony, personIds: [id.bMember] } }, as('secretariat'))).body.data.invite.participations;
    const recorded = await server.gql(RECORD, { input: { participationId: participation.id, version: participation.version, attended: false } }, as('editorA'));
    expect(recorded.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await em.execute('select attended from participation where id = ?', [fromGlobalId(participation.id).id])).toEqual([{ attended: null }]);
  });
});

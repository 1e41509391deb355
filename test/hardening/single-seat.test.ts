import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { BodyKind } from '../../src/modules/body/body.enums.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { ParliamentaryGroup } from '../../src/modules/parliament/parliamentary-group.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Issue 10, item 3: a single-seat role is held by one person at a time, whatever the interleaving. */
let server: TestServer;
const id: Record<string, string> = {};
let secretariat: Record<string, string>;
const CANDIDATES = 20;

beforeAll(async () => {
  // The PostgreSQL server with its connection pool (not the single-connection embedded engine).
  server = await startTestServer('single_seat', { seed: false, env: { WRITE_RATE_LIMIT: '1000' } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const association = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Ghế Đơn', ...src });
    const body = tx.create(Body, { organization: association, kind: BodyKind.EXECUTIVE_COMMITTEE, ...src });
    const group = tx.create(ParliamentaryGroup, { legislature: 15, nameEn: 'Vietnam – Testland Friendship Parliamentarians Group', ...src });
    const persons = Array.from({ length: CANDIDATES }, (_, i) => tx.create(Person, { fullName: `Ứng Viên ${i}`, ...src }));
    await tx.flush();
    id.group = toGlobalId('ParliamentaryGroup', group.id);
    Object.assign(id, { association: toGlobalId('Organization', association.id), body: toGlobalId('Body', body.id), bodyKey: body.id });
    persons.forEach((p, i) => (id[`p${i}`] = toGlobalId('Person', p.id)));
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  secretariat = { authorization: `Bearer ${await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' })}` };
});
afterAll(() => server.stop());

const APPOINT = `mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id heldFrom heldUntil person { fullName } } } }`;
const REPLACE = `mutation($input: ReplaceMemberInput!) { replaceMember(input: $input) { ended { heldUntil } appointed { heldFrom person { fullName } } } }`;
const appoint = (input: Record<string, unknown>) => server.gql(APPOINT, { input }, secretariat);

async function presidents(asOf: string): Promise<string[]> {
  const q = 'query($id: ID!, $asOf: Date) { node(id: $id) { ... on Body { members(asOf: $asOf, roles: [PRESIDENT]) { edges { node { fullName } } } } } }';
  const { body } = await server.gql(q, { id: id.body, asOf });
  return body.data.node.members.edges.map((e: any) => e.node.fullName);
}

describe('one president of a body at a time', () => {
  it(`${CANDIDATES} concurrent appointments over overlapping dates: exactly one wins, the others get CONFLICT naming the seat`, async () => {
    const results = await Promise.all(
      Array.from({ length: CANDIDATES }, (_, i) => appoint({ personId: id[`p${i}`], organizationId: id.association, bodyId: id.body, role: 'PRESIDENT', startDate: `2030-01-${String(1 + (i % 20)).padStart(2, '0')}`, endDate: '2030-12-31' })),
    );
    const winners = results.filter((r) => !r.body.errors);
    const losers = results.filter((r) => r.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(CANDIDATES - 1);
    const winner = winners[0].body.data.appointMember.membership.person.fullName;
    for (const { body } of losers) {
      expect(body.data).toBeNull();
      const [error] = body.errors!;
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', role: 'PRESIDENT', bodyId: id.body });
      expect(error.message).toMatch(/^The seat of PRESIDENT of .*Hội Ghế Đơn.* is already held from 2030-01-\d\d by /);
      expect(error.message).toContain(winner);
    }
    expect(await presidents('2030-06-30')).toEqual([winner]);
  });

  it('terms that do not overlap both succeed; a successor from the day after the end is not an overlap', async () => {
    const earlier = await appoint({ personId: id.p1, organizationId: id.association, bodyId: id.body, role: 'PRESIDENT', startDate: '2031-01-01', endDate: '2031-06-30' });
    const later = await appoint({ personId: id.p2, organizationId: id.association, bodyId: id.body, role: 'PRESIDENT', startDate: '2031-07-01' });
    expect(earlier.body.errors).toBeUndefined();
    expect(later.body.errors).toBeUndefined();
    expect(await presidents('2031-06-30')).toEqual(['Ứng Viên 1']);
    expect(await presidents('2031-07-01')).toEqual(['Ứng Viên 2']);
    // Starting on the very day the predecessor's term ends is an overlap (both ends are days in office).
    const sameDay = await appoint({ personId: id.p3, organizationId: id.association, bodyId: id.body, role: 'PRESIDENT', startDate: '2031-06-30', endDate: '2031-06-30' });
    expect(sameDay.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', role: 'PRESIDENT' });
  });

  it('replaceMember still hands the seat over from the next day', async () => {
    const current = (await server.gql('query($id: ID!) { node(id: $id) { ... on Body { members(asOf: "2031-07-01", roles: [PRESIDENT]) { edges { membership { id version } } } } } }', { id: id.body })).body.data.node.members.edges[0].membership;
    const { body } = await server.gql(REPLACE, { input: { id: current.id, version: current.version, endDate: '2032-03-31', successorId: id.p4 } }, secretariat);
    expect(body.errors).toBeUndefined();
    expect(body.data.replaceMember).toEqual({ ended: { heldUntil: '2032-03-31' }, appointed: { heldFrom: '2032-04-01', person: { fullName: 'Ứng Viên 4' } } });
    expect(await presidents('2032-04-01')).toEqual(['Ứng Viên 4']);
  });

  it('the database refuses a second president even when the check in the mutation is skipped', async () => {
    const em = server.app.database.orm.em.fork();
    const holder = await em.execute<{ person_id: string; organization_id: string }[]>(`select person_id, organization_id from membership where body_id = ? and role = 'PRESIDENT' limit 1`, [id.bodyKey]);
    await expect(
      em.execute(
        `insert into membership (id, version, created_at, updated_at, source_citations, person_id, organization_id, body_id, role, held_from, held_until, attested_on)
         values (gen_random_uuid(), 1, now(), now(), '{fixture}', ?, ?, ?, 'PRESIDENT', '2030-06-01', null, '{}')`,
        [holder[0].person_id, holder[0].organization_id, id.bodyKey],
      ),
    ).rejects.toThrow(/membership_single_seat/);
  });

  it(`${CANDIDATES} concurrent appointments to a role of the organization itself: exactly one wins`, async () => {
    const results = await Promise.all(
      Array.from({ length: CANDIDATES }, (_, i) => appoint({ personId: id[`p${i}`], organizationId: id.association, role: 'SECRETARY_GENERAL', startDate: '2030-01-01' })),
    );
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.body.errors)) expect(r.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', role: 'SECRETARY_GENERAL', organizationId: id.association });
  });
});

describe('one sitting chair of a parliamentary friendship group', () => {
  const ADD = 'mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id person { fullName } } } }';

  it(`${CANDIDATES} concurrent chairs: exactly one is seated, the others get CONFLICT naming the group`, async () => {
    const results = await Promise.all(Array.from({ length: CANDIDATES }, (_, i) => server.gql(ADD, { input: { groupId: id.group, personId: id[`p${i}`], role: 'CHAIR' } }, secretariat)));
    const winners = results.filter((r) => !r.body.errors);
    expect(winners).toHaveLength(1);
    for (const { body } of results.filter((r) => r.body.errors)) {
      expect(body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', role: 'CHAIR', groupId: id.group });
      expect(body.errors![0].message).toMatch(/^Vietnam – Testland Friendship Parliamentarians Group already has a sitting chair/);
    }
    const { body } = await server.gql('query($id: ID!) { node(id: $id) { ... on ParliamentaryGroup { chair { person { fullName } } } } }', { id: id.group });
    expect(body.data.node.chair.person.fullName).toBe(winners[0].body.data.addGroupMember.membership.person.fullName);
  });

  it('members beside the chair are still added', async () => {
    const { body } = await server.gql(ADD, { input: { groupId: id.group, personId: id.p5, role: 'MEMBER' } }, secretariat);
    expect(body.errors).toBeUndefined();
  });
});

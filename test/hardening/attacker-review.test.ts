import { SignJWT } from 'jose';
import { issueToken } from '../../src/auth/tokens.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** What a fresh-eye attacker run found after the hardening (issue 10), each tried through HTTP. */
const authSecret = 'attacker-review-test-secret-of-32-chars!';
let server: TestServer;
const id: Record<string, string> = {};
const token: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('attacker_review', { env: { AUTH_SECRET: authSecret, NODE_ENV: 'production', WRITE_RATE_LIMIT: '1000' } });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const association = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Nhiệm Kỳ', ...src });
    const [earlier, later] = ['Chủ Tịch Trước', 'Chủ Tịch Sau'].map((fullName) => tx.create(Person, { fullName, ...src }));
    await tx.flush();
    Object.assign(id, { association: toGlobalId('Organization', association.id), associationKey: association.id, earlier: toGlobalId('Person', earlier.id), later: toGlobalId('Person', later.id) });
  });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'sec-racer' });
  token.editor = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'editor-of-nhiem-ky', organizationId: id.associationKey });
});
afterAll(() => server.stop());

const as = (who: string) => ({ authorization: `Bearer ${token[who]}` });
const codes = (body: any) => body.errors?.map((e: any) => e.extensions?.code);

describe('pricing cannot be skipped', () => {
  const EXPENSIVE = 'inactiveMembers(from: "2000-01-01", to: "2030-01-01", maxRate: 1, minRecorded: 0, first: 100) { nodes { rate } }';

  it('a null given to a non-null argument through a variable refuses the whole operation before anything runs', async () => {
    server.resetQueries();
    const { status, body } = await server.gql(`query($i: ID = "x") { n: node(id: $i) { id } a0: ${EXPENSIVE} a1: ${EXPENSIVE} }`, { i: null });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
    expect(body.data).toBeUndefined();
    expect(server.queries).toEqual([]);
  });

  it('the same for a defaulted Int argument (registrationAlerts(withinDays:)), instead of an internal error', async () => {
    const { status, body } = await server.gql('query($d: Int = 5) { registrationAlerts(withinDays: $d) { totalCount } }', { d: null });
    expect(status).toBe(400);
    expect(codes(body)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a single seat cannot be doubled by extending a term', () => {
  const APPOINT = 'mutation($input: AppointMemberInput!) { appointMember(input: $input) { membership { id version } } }';
  const END = 'mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { heldUntil } } }';
  const presidents = async (asOf: string) =>
    (await server.gql('query($id: ID!, $asOf: Date) { organization(id: $id) { memberships(asOf: $asOf, roles: [PRESIDENT]) { edges { node { person { fullName } } } } } }', { id: id.association, asOf })).body.data.organization.memberships.edges.map((e: any) => e.node.person.fullName);

  it('ending the earlier president’s term after the successor started gets CONFLICT naming the seat; the roster keeps one president', async () => {
    const first = (await server.gql(APPOINT, { input: { personId: id.earlier, organizationId: id.association, role: 'PRESIDENT', startDate: '2015-01-01', endDate: '2020-12-31' } }, as('secretariat'))).body.data.appointMember.membership;
    expect((await server.gql(APPOINT, { input: { personId: id.later, organizationId: id.association, role: 'PRESIDENT', startDate: '2021-01-01' } }, as('secretariat'))).body.errors).toBeUndefined();

    const extended = await server.gql(END, { input: { id: first.id, version: first.version, endDate: '2030-01-01' } }, as('editor'));
    expect(codes(extended.body)).toEqual(['CONFLICT']);
    expect(extended.body.errors![0].message).toMatch(/^The seat of PRESIDENT of Hội Nhiệm Kỳ is already held from 2021-01-01 by Chủ Tịch Sau/);
    expect(await presidents('2024-06-01')).toEqual(['Chủ Tịch Sau']);

    // Ending it earlier than its known end adds no day in office.
    const shortened = await server.gql(END, { input: { id: first.id, version: first.version, endDate: '2020-06-30' } }, as('editor'));
    expect(shortened.body.errors).toBeUndefined();
    expect(shortened.body.data.endMembership.membership.heldUntil).toBe('2020-06-30');
  });
});

describe('client mistakes are client errors', () => {
  it('a forged cursor whose sort value is a number where the order is a name or a date: BAD_USER_INPUT', async () => {
    for (const orderBy of [null, { field: 'FOUNDED_ON', direction: 'ASC' }]) {
      for (const value of [1, -1, 0.5, 1e308]) {
        const { body: page } = await server.gql('query($o: OrganizationOrder) { organizations(first: 1, orderBy: $o) { pageInfo { endCursor } } }', { o: orderBy });
        const [scope, , key] = JSON.parse(Buffer.from(page.data.organizations.pageInfo.endCursor, 'base64url').toString());
        const forged = Buffer.from(JSON.stringify([scope, value, key])).toString('base64url');
        const { status, body } = await server.gql('query($o: OrganizationOrder, $a: String) { organizations(first: 1, orderBy: $o, after: $a) { edges { node { id } } } }', { o: orderBy, a: forged });
        expect({ status, codes: codes(body) }).toEqual({ status: 200, codes: ['BAD_USER_INPUT'] });
      }
    }
  });

  it('a path that does not decode (GET /export/bodies/%zz/roster.csv): 400 BAD_REQUEST', async () => {
    const response = await fetch(`${server.url}/export/bodies/%zz/roster.csv`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a validly signed token whose subject is a number: 401 UNAUTHENTICATED', async () => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = await new SignJWT({ role: 'SECRETARIAT', sub: 42 as unknown as string }).setProtectedHeader({ alg: 'HS256' }).setIssuer('amity').setIssuedAt(now).setExpirationTime(now + 600).sign(new TextEncoder().encode(authSecret));
    const { status, body } = await server.gql('{ union { name } }', {}, { authorization: `Bearer ${jwt}` });
    expect(status).toBe(401);
    expect(codes(body)).toEqual(['UNAUTHENTICATED']);
  });
});

it('a fact entered through the API cites the kind of writer, never the token’s subject (sources are public)', async () => {
  const { body } = await server.gql('query($id: ID!) { organization(id: $id) { memberships(history: true) { edges { node { sources { citation } } } } } }', { id: id.association });
  expect(body.errors).toBeUndefined();
  const citations = body.data.organization.memberships.edges.flatMap((e: any) => e.node.sources.map((s: any) => s.citation));
  expect(citations.length).toBeGreaterThan(0);
  for (const citation of citations) expect(citation).toBe('entered through the Amity API by the Union’s secretariat');
  expect(JSON.stringify(body)).not.toContain('sec-racer');
});

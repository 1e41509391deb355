import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { ContactKind, ContactPoint } from '../../src/modules/person/contact-point.entity.js';
import { Person } from '../../src/modules/person/person.entity.js';
import { Membership } from '../../src/modules/membership/membership.entity.js';
import { Role } from '../../src/modules/membership/membership.enums.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('private', { seed: false });
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const own = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội A', sourceCitations: ['fixture'] });
    const other = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội B', sourceCitations: ['fixture'] });
    const person = tx.create(Person, { fullName: 'Ngô Thị Riêng', sourceCitations: ['fixture'] });
    tx.create(Membership, { person, organization: own, role: Role.MEMBER, sourceCitations: ['fixture'] });
    // Entered by the secretariat (no organization), and one entered by her own organization.
    tx.create(ContactPoint, { person, organization: null, kind: ContactKind.EMAIL, value: 'rieng@example.org', enteredBy: 'fixture', createdAt: new Date('2026-01-01') });
    tx.create(ContactPoint, { person, organization: null, kind: ContactKind.PHONE, value: '+84 24 0000 0000', enteredBy: 'fixture', createdAt: new Date('2026-01-01') });
    tx.create(ContactPoint, { person, organization: own, kind: ContactKind.EMAIL, value: 'rieng@hoi-a.example.org', enteredBy: 'fixture', createdAt: new Date('2026-01-02') });
    await tx.flush();
    Object.assign(ids, { own: own.id, other: other.id, person: person.id });
  });
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  tokens.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 's' });
  tokens.ownReader = await issueToken(authSecret, { role: 'READER', subject: 'r', organizationId: ids.own });
  tokens.otherReader = await issueToken(authSecret, { role: 'READER', subject: 'o', organizationId: ids.other });
  tokens.expired = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'late', expiresIn: '-1h' });
});
afterAll(() => server.stop());

const contacts = async (token?: string) => {
  const { status, body } = await server.gql('query($id: ID!) { person(id: $id) { fullName email phone } }', { id: toGlobalId('Person', ids.person) }, token ? { authorization: `Bearer ${token}` } : {});
  return { status, body };
};

describe('private contact details', () => {
  it('are hidden from the public', async () => {
    expect((await contacts()).body.data.person).toEqual({ fullName: 'Ngô Thị Riêng', email: null, phone: null });
  });

  it('are shown to the secretariat, and to readers only as their own organization recorded them', async () => {
    expect((await contacts(tokens.secretariat)).body.data.person).toEqual({ fullName: 'Ngô Thị Riêng', email: 'rieng@example.org', phone: '+84 24 0000 0000' });
    // A post in the organization is not enough: the secretariat's entries stay the secretariat's.
    expect((await contacts(tokens.ownReader)).body.data.person).toEqual({ fullName: 'Ngô Thị Riêng', email: 'rieng@hoi-a.example.org', phone: null });
    expect((await contacts(tokens.otherReader)).body.data.person).toEqual({ fullName: 'Ngô Thị Riêng', email: null, phone: null });
  });

  it('an expired token is refused, not read as public', async () => {
    const { status, body } = await contacts(tokens.expired);
    expect(status).toBe(401);
    expect(body.errors![0]).toMatchObject({ message: 'The token has expired', extensions: { code: 'UNAUTHENTICATED' } });
  });
});

import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Decree 58/2022/ND-CP, Art. 9: an operation registration is valid 3 years at most, a representative
 * office 5. The API refuses a longer one itself, naming `input.expiresOn` and the last allowed day,
 * before the database's check (registration_validity) would turn it into an internal error.
 */
let server: TestServer;
let ngo: string;
let secretariat: string;

beforeAll(async () => {
  server = await startTestServer('behaviour_decree58', { seed: false, env: { WRITE_RATE_LIMIT: '100' } });
  const em = server.app.database.orm.em.fork();
  const row = em.create(Organization, { kind: OrganizationKind.FOREIGN_NGO, nameEn: 'Decree 58 NGO', sourceCitations: ['fixture'] });
  await em.flush();
  ngo = toGlobalId('Organization', row.id);
  secretariat = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
});
afterAll(() => server.stop());

const REGISTER = 'mutation($input: CreateRegistrationInput!) { createRegistration(input: $input) { registration { type issuedOn expiresOn } } }';
const register = async (type: string, issuedOn: string, expiresOn: string) =>
  (await server.gql(REGISTER, { input: { organizationId: ngo, type, issuedOn, expiresOn } }, { authorization: `Bearer ${secretariat}` })).body;
const registrations = async () => {
  const { body } = await server.gql('query($id: ID!) { node(id: $id) { ... on ForeignNgo { registrations { nodes { type issuedOn expiresOn } } } } }', { id: ngo });
  return body.data.node.registrations.nodes.map((r: any) => `${r.type} ${r.issuedOn}→${r.expiresOn}`).sort();
};

describe('the Decree 58 maximum, enforced by the API', () => {
  it.each([
    ['OPERATION', '2026-01-01', '2030-01-01', '2029-01-01'],
    ['OPERATION', '2026-01-01', '2029-01-02', '2029-01-01'],
    ['REPRESENTATIVE_OFFICE', '2026-01-01', '2031-01-02', '2031-01-01'],
    // From 29 February the years end on 28 February, as PostgreSQL's `+ interval '3 years'` counts them.
    ['OPERATION', '2024-02-29', '2027-03-01', '2027-02-28'],
  ])('a %s registration issued %s expiring %s is refused: BAD_USER_INPUT, at most %s', async (type, issuedOn, expiresOn, lastDay) => {
    const before = await registrations();
    const body = await register(type, issuedOn, expiresOn);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.expiresOn', message: `at most ${lastDay}` }] });
    expect(await registrations()).toEqual(before);
  });

  it('the last allowed day itself is accepted, for each type and from 29 February', async () => {
    for (const [type, issuedOn, expiresOn] of [['OPERATION', '2026-01-01', '2029-01-01'], ['REPRESENTATIVE_OFFICE', '2026-01-01', '2031-01-01'], ['OPERATION', '2024-02-29', '2027-02-28']]) {
      const body = await register(type, issuedOn, expiresOn);
      expect(body.errors).toBeUndefined();
      expect(body.data.createRegistration.registration).toEqual({ type, issuedOn, expiresOn });
    }
    expect(await registrations()).toEqual(['OPERATION 2024-02-29→2027-02-28', 'OPERATION 2026-01-01→2029-01-01', 'REPRESENTATIVE_OFFICE 2026-01-01→2031-01-01']);
  });
});

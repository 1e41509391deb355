import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * `Person.email` and `Person.phone` are private: whoever decides who sees them, and wherever they are
 * stored, they are loaded for a whole page of persons at once. The persons are entered through the API
 * (createPerson with an email and a phone), so the test holds however the contacts are kept.
 */
const COUNT = 30;
const nameOf = (i: number) => `Người Liên Lạc ${String(i).padStart(2, '0')}`;
let server: TestServer;
const token: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer('behaviour_contacts', { seed: false, env: { WRITE_RATE_LIMIT: '200' } });
  const em = server.app.database.orm.em.fork();
  const own = em.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội Đọc', sourceCitations: ['fixture'] });
  await em.flush();
  const { authSecret } = loadConfig({ NODE_ENV: 'test' });
  token.secretariat = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 'secretariat' });
  token.reader = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: own.id });
  for (let i = 1; i <= COUNT; i++) {
    const { body } = await server.gql(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }',
      { input: { fullName: nameOf(i), email: `contact${i}@example.org`, phone: `+84 24 0000 00${String(i).padStart(2, '0')}` } },
      { authorization: `Bearer ${token.secretariat}` },
    );
    expect(body.errors).toBeUndefined();
  }
});
afterAll(() => server.stop());

const Q = 'query($first: Int!) { persons(first: $first) { edges { node { fullName email phone } } } }';

async function statementsFor(first: number, who: string) {
  server.resetQueries();
  const { body } = await server.gql(Q, { first }, { authorization: `Bearer ${token[who]}` });
  expect(body.errors).toBeUndefined();
  return { statements: server.queries.length, persons: body.data.persons.edges.map((e: any) => e.node) };
}

describe('private contact fields are loaded in one go for any number of persons', () => {
  it('the secretariat: 3 and 30 persons with email and phone cost the same statements', async () => {
    const three = await statementsFor(3, 'secretariat');
    const thirty = await statementsFor(COUNT, 'secretariat');
    expect(three.persons).toHaveLength(3);
    expect(thirty.persons).toEqual(Array.from({ length: COUNT }, (_, k) => ({ fullName: nameOf(k + 1), email: `contact${k + 1}@example.org`, phone: `+84 24 0000 00${String(k + 1).padStart(2, '0')}` })));
    expect(thirty.statements).toBe(three.statements);
  });

  it('a reader, who sees none of them: the same for 3 and 30', async () => {
    const three = await statementsFor(3, 'reader');
    const thirty = await statementsFor(COUNT, 'reader');
    expect(thirty.persons.every((p: any) => p.email === null && p.phone === null)).toBe(true);
    expect(thirty.persons).toHaveLength(COUNT);
    expect(thirty.statements).toBe(three.statements);
  });
});

import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Issue 14, item 2: one unknown ID must not cost a client the rest of its answer. Each single-object
 * lookup is nullable: unknown, it is null with a NOT_FOUND error on its own path, and everything asked
 * beside it is answered. (`country(code:)` is nullable too, but every ISO code is reference data, and one
 * that is not ISO is refused by the CountryCode scalar before anything runs.)
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('api_lookups');
});
afterAll(() => server.stop());

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('a lookup of something that does not exist', () => {
  it.each([
    ['organization', `organization(id: "${toGlobalId('Organization', UNKNOWN)}") { name }`],
    ['person', `person(id: "${toGlobalId('Person', UNKNOWN)}") { fullName }`],
    ['event', `event(id: "${toGlobalId('Event', UNKNOWN)}") { title }`],
    ['province', 'province(key: "atlantis") { nameVi }'],
  ])('%s: null with NOT_FOUND on its path; the union asked beside it is answered', async (field, selection) => {
    const { status, body } = await server.gql(`{ missing: ${selection} union { nameVi } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ missing: null, union: { nameVi: expect.stringContaining('Liên hiệp') } });
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({ path: ['missing'], extensions: { code: 'NOT_FOUND' } });
  });

  it('an ID of another type is refused as bad input on that field alone', async () => {
    const { body } = await server.gql(`{ wrong: organization(id: "${toGlobalId('Person', UNKNOWN)}") { name } union { nameVi } }`);
    expect(body.data.wrong).toBeNull();
    expect(body.data.union).not.toBeNull();
    expect(body.errors![0]).toMatchObject({ path: ['wrong'], extensions: { code: 'BAD_USER_INPUT' } });
  });
});

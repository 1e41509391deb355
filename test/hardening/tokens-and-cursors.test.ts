import { SignJWT } from 'jose';
import { issueToken } from '../../src/auth/tokens.js';
import { startTestServer, type TestServer } from '../support/server.js';

const authSecret = 'tokens-and-cursors-test-secret-of-32-chars';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('tokens_cursors', { env: { AUTH_SECRET: authSecret, MAX_TOKEN_LIFETIME_SECONDS: String(7 * 24 * 3600) } });
});
afterAll(() => server.stop());

const now = () => Math.floor(Date.now() / 1000);

/** A token signed with the real key, with exactly the claims given: what a careless issuer could make. */
function signed(claims: { sub?: string; iat?: number; exp?: number; role?: string }): Promise<string> {
  const jwt = new SignJWT({ role: claims.role ?? 'SECRETARIAT' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('amity');
  if (claims.sub !== undefined) jwt.setSubject(claims.sub);
  if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
  return jwt.sign(new TextEncoder().encode(authSecret));
}

const asSecretariat = (token: string) => server.gql('{ auditTrail(first: 1) { __typename } }', {}, { authorization: `Bearer ${token}` });

describe('a token must say who, since when and until when', () => {
  it.each([
    ['without exp', { sub: 'x', iat: now() }],
    ['without sub', { iat: now(), exp: now() + 3600 }],
    ['without iat', { sub: 'x', exp: now() + 3600 }],
    ['issued an hour in the future', { sub: 'x', iat: now() + 3600, exp: now() + 7200 }],
    ['living longer than MAX_TOKEN_LIFETIME_SECONDS', { sub: 'x', iat: now(), exp: now() + 8 * 24 * 3600 }],
    ['with an empty subject', { sub: ' ', iat: now(), exp: now() + 3600 }],
  ])('%s: 401 UNAUTHENTICATED', async (_label, claims) => {
    const { status, body } = await asSecretariat(await signed(claims));
    expect(status).toBe(401);
    expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('a well-formed token within the lifetime is accepted', async () => {
    const { status, body } = await asSecretariat(await signed({ sub: 'x', iat: now(), exp: now() + 3600 }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const issued = await issueToken(authSecret, { role: 'SECRETARIAT', subject: 's', expiresIn: '7d' });
    expect((await asSecretariat(issued)).status).toBe(200);
  });
});

describe('a cursor belongs to one list and one order', () => {
  const endCursor = async (query: string) => {
    const { body } = await server.gql(query);
    const connection = Object.values(body.data as Record<string, { pageInfo: { endCursor: string } }>)[0];
    expect(connection.pageInfo.endCursor).toEqual(expect.any(String));
    return connection.pageInfo.endCursor;
  };

  it('a persons cursor is refused by organizations(after:)', async () => {
    const cursor = await endCursor('{ persons(first: 2) { pageInfo { endCursor } } }');
    const { status, body } = await server.gql('query ($after: String) { organizations(first: 2, after: $after) { edges { node { id } } } }', { after: cursor });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].extensions!.fields).toEqual([{ field: 'after', message: 'cursor of another list or order' }]);
  });

  it('a cursor taken in descending order is refused for the ascending one, and accepted for its own', async () => {
    const cursor = await endCursor('{ organizations(first: 2, orderBy: { field: NAME, direction: DESC }) { pageInfo { endCursor } } }');
    const ascending = await server.gql('query ($after: String) { organizations(first: 2, after: $after, orderBy: { field: NAME, direction: ASC }) { edges { node { id } } } }', { after: cursor });
    expect(ascending.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const descending = await server.gql('query ($after: String) { organizations(first: 2, after: $after, orderBy: { field: NAME, direction: DESC }) { edges { node { id } } } }', { after: cursor });
    expect(descending.body.errors).toBeUndefined();
    expect(descending.body.data.organizations.edges).toHaveLength(2);
  });

  it.each([
    ['not base64', '!!!'],
    ['base64 of garbage', Buffer.from('hello').toString('base64url')],
    ['a forged id', Buffer.from(JSON.stringify(['x', 'a', "1' or 1=1 --"])).toString('base64url')],
    ['a huge cursor', 'A'.repeat(5000)],
  ])('%s: BAD_USER_INPUT', async (_label, cursor) => {
    const { body } = await server.gql('query ($after: String) { persons(first: 2, after: $after) { edges { node { id } } } }', { after: cursor });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

import { decodeJwt, SignJWT } from 'jose';
import { issueToken } from '../../src/auth/tokens.js';
import { startTestServer, type TestServer } from '../support/server.js';

/* What a caller's Authorization header may be, and what each refusal says (HTTP 401, WWW-Authenticate). */
const authSecret = 'mutation-tokens-test-secret-of-32-chars!';
const MAX_LIFETIME = 7 * 24 * 3600;
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer('mutation_tokens', { seed: false, env: { AUTH_SECRET: authSecret, MAX_TOKEN_LIFETIME_SECONDS: String(MAX_LIFETIME) } });
});
afterAll(() => server.stop());

const now = () => Math.floor(Date.now() / 1000);
function signed(claims: { sub?: string; iat?: number; exp?: number; role?: string; iss?: string }, secret = authSecret): Promise<string> {
  const jwt = new SignJWT({ role: claims.role ?? 'SECRETARIAT' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(claims.iss ?? 'amity').setSubject(claims.sub ?? 'tester');
  jwt.setIssuedAt(claims.iat ?? now());
  jwt.setExpirationTime(claims.exp ?? now() + 3600);
  return jwt.sign(new TextEncoder().encode(secret));
}

/** auditTrail is for the secretariat: answered means the token was read as the secretariat's. */
const asCaller = (authorization: string) => server.gql('{ auditTrail(first: 1) { __typename } }', {}, { authorization });

async function refused(authorization: string): Promise<string> {
  const { status, headers, body } = await asCaller(authorization);
  expect(status).toBe(401);
  expect(headers.get('www-authenticate')).toBe('Bearer');
  expect(body.data).toBeUndefined();
  expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  return body.errors![0].message;
}

describe('the Authorization header', () => {
  it('must be Bearer and one token; the scheme in any case', async () => {
    const token = await signed({});
    expect(await refused(`Basic ${token}`)).toBe('The Authorization header must be "Bearer <token>"');
    expect(await refused(`Bearer ${token} ${token}`)).toBe('The Authorization header must be "Bearer <token>"');
    expect(await refused('Bearer')).toBe('The Authorization header must be "Bearer <token>"');
    const { status, body } = await asCaller(`bearer   ${token}`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('a token signed with another key, or not a token at all, is not valid', async () => {
    expect(await refused(`Bearer ${await signed({}, 'another-secret-of-at-least-32-characters')}`)).toBe('The token is not valid');
    expect(await refused('Bearer not.a.token')).toBe('The token is not valid');
  });

  it('a token of another issuer is not valid, and says which claim failed', async () => {
    expect(await refused(`Bearer ${await signed({ iss: 'someone-else' })}`)).toMatch(/^The token is not valid: .*iss/);
  });

  it('an expired token has expired', async () => {
    expect(await refused(`Bearer ${await signed({ iat: now() - 7200, exp: now() - 3600 })}`)).toBe('The token has expired');
  });

  it('a token a little ahead of this clock is accepted; two minutes ahead is issued in the future', async () => {
    expect((await asCaller(`Bearer ${await signed({ iat: now() + 30, exp: now() + 3600 })}`)).status).toBe(200);
    expect(await refused(`Bearer ${await signed({ iat: now() + 120, exp: now() + 3600 })}`)).toBe('The token is issued in the future');
  });

  it('a token may live exactly the maximum lifetime, not a second more', async () => {
    const iat = now();
    expect((await asCaller(`Bearer ${await signed({ iat, exp: iat + MAX_LIFETIME })}`)).status).toBe(200);
    expect(await refused(`Bearer ${await signed({ iat, exp: iat + MAX_LIFETIME + 1 })}`)).toBe(`The token lives longer than the ${MAX_LIFETIME} s allowed`);
  });

  it('a token must name a subject and a known role', async () => {
    expect(await refused(`Bearer ${await signed({ sub: '' })}`)).toMatch(/^The token (names no subject|is not valid)/);
    expect(await refused(`Bearer ${await signed({ role: 'ADMIN' })}`)).toBe('The token names no known role');
    expect(await refused(`Bearer ${await signed({ role: 'PUBLIC' })}`)).toBe('The token names no known role');
  });

  it('no header is the public: UNAUTHENTICATED for a secretariat field, not a 401 of the token', async () => {
    const { status, body } = await server.gql('{ auditTrail(first: 1) { __typename } }');
    expect(status).toBe(200);
    expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a reader is signed in but FORBIDDEN the secretariat’s field, the role named', async () => {
    const token = await issueToken(authSecret, { role: 'READER', subject: 'reader', organizationId: '00000000-0000-4000-8000-000000000000', expiresIn: '1h' });
    const { body } = await asCaller(`Bearer ${token}`);
    expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(body.errors![0].message).toBe('This needs the role SECRETARIAT');
  });
});

describe('issuing tokens', () => {
  it('lasts 30 days unless told otherwise, names its role, organization and subject', async () => {
    const token = await issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'ed', organizationId: 'org-key' });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ role: 'ASSOCIATION_EDITOR', org: 'org-key', sub: 'ed', iss: 'amity' });
    expect(claims.exp! - claims.iat!).toBe(30 * 24 * 3600);
    const short = decodeJwt(await issueToken(authSecret, { role: 'SECRETARIAT', subject: 's', expiresIn: '8h' }));
    expect(short.exp! - short.iat!).toBe(8 * 3600);
    expect(short.org).toBeUndefined();
  });

  it('refuses an unknown role, and a reader or editor without an organization', async () => {
    await expect(issueToken(authSecret, { role: 'ADMIN' as never, subject: 'x' })).rejects.toThrow('unknown role ADMIN');
    await expect(issueToken(authSecret, { role: 'READER', subject: 'x' })).rejects.toThrow('READER tokens name an organization');
    await expect(issueToken(authSecret, { role: 'ASSOCIATION_EDITOR', subject: 'x' })).rejects.toThrow('ASSOCIATION_EDITOR tokens name an organization');
  });
});

import { issueToken } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config/config.js';
import { Organization } from '../../src/modules/organization/organization.entity.js';
import { OrganizationKind } from '../../src/modules/organization/organization.enums.js';
import { toGlobalId } from '../../src/relay/global-id.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * Sign-in for people, over real HTTP on the real server: the secretariat creates accounts; a person signs
 * in with a password (argon2id) and gets a session cookie; the cookie makes them the same caller a token
 * would (role, organization, audit subject); cross-origin writes with the cookie are refused; sign-out
 * ends the session; repeated failures are refused for a while.
 *
 *   A (association) ── A1 (its branch)      B (association)
 */
let server: TestServer;
let origin: string;
const id: Record<string, string> = {};
let secretariat: string;

const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version username displayName role disabled organization { id } } } }';
const UPDATE = 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id version disabled role } } }';
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { viewer { role subject organization { id name } } } }';
const SIGN_OUT = 'mutation { signOut { signedOut } }';
const VIEWER = '{ viewer { role subject organization { id } } }';
const UPDATE_ORG = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version nameEn } } }';
const PASSWORD = 'hoa binh huu nghi 2026';

beforeAll(async () => {
  server = await startTestServer('auth_sign_in', { seed: false, env: { SIGN_IN_FAILURES: '3', SIGN_IN_WINDOW_SECONDS: '600', TRUST_PROXY: 'loopback' } });
  origin = server.url;
  const em = server.app.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const src = { sourceCitations: ['fixture'] };
    const a = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội A', ...src });
    const a1 = tx.create(Organization, { kind: OrganizationKind.LOCAL_ASSOCIATION, nameVi: 'Chi hội A1', parent: a, ...src });
    const b = tx.create(Organization, { kind: OrganizationKind.FRIENDSHIP_ASSOCIATION, nameVi: 'Hội B', ...src });
    await tx.flush();
    Object.assign(id, { a: toGlobalId('Organization', a.id), a1: toGlobalId('Organization', a1.id), b: toGlobalId('Organization', b.id) });
  });
  secretariat = await issueToken(loadConfig({ NODE_ENV: 'test' }).authSecret, { role: 'SECRETARIAT', subject: 'secretariat-program' });
});
afterAll(() => server.stop());

/** A POST to /graphql as the app's pages send it (same Origin), with the cookie given. */
async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] } };
}

const asSecretariat = () => ({ authorization: `Bearer ${secretariat}` });
const withCookie = (cookie: string, extra: Record<string, string> = {}) => ({ cookie, ...extra });

/** Signs in; the session cookie as the browser would send it back (`amity_session=…`). */
async function signIn(username: string, password = PASSWORD, headers: Record<string, string> = {}) {
  const response = await post(SIGN_IN, { input: { username, password } }, headers);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { ...response, setCookie, cookie: setCookie.split(';')[0] };
}

async function createAccount(input: Record<string, unknown>) {
  return post(CREATE, { input: { password: PASSWORD, ...input } }, asSecretariat());
}

describe('accounts, made by the secretariat', () => {
  it('an editor account for an organization: the password kept only as an argon2id hash, the audit entry without it', async () => {
    const { body } = await createAccount({ username: 'Editor.A', displayName: 'Nguyễn Văn A', role: 'ASSOCIATION_EDITOR', organizationId: id.a });
    expect(body.errors).toBeUndefined();
    expect(body.data.createAccount.account).toMatchObject({ username: 'editor.a', displayName: 'Nguyễn Văn A', role: 'ASSOCIATION_EDITOR', disabled: false, organization: { id: id.a } });
    const [row] = await server.app.database.orm.em.fork().getConnection().execute(`select password_hash from account where username = 'editor.a'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    const audit = await post('query($id: ID!) { auditTrail(entityId: $id) { nodes { actor action after } } }', { id: body.data.createAccount.account.id }, asSecretariat());
    const [entry] = audit.body.data.auditTrail.nodes;
    expect(entry).toMatchObject({ actor: 'secretariat-program', action: 'CREATE', after: { username: 'editor.a', role: 'ASSOCIATION_EDITOR', organization: id.a } });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|password/i);
  });

  it('bad accounts are refused, each problem named by its field; a taken username is a CONFLICT', async () => {
    const bad = await createAccount({ username: 'x', displayName: ' ', password: 'short', role: 'ASSOCIATION_EDITOR' });
    expect(bad.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].extensions.fields.map((f: { field: string }) => f.field).sort()).toEqual(['input.displayName', 'input.organizationId', 'input.password', 'input.username']);
    const secretariatWithOrganization = await createAccount({ username: 'sec.two', displayName: 'Sec', role: 'SECRETARIAT', organizationId: id.a });
    expect(secretariatWithOrganization.body.errors![0].extensions.fields).toEqual([{ field: 'input.organizationId', message: 'a SECRETARIAT account belongs to no organization' }]);
    const taken = await createAccount({ username: 'editor.a', displayName: 'Again', role: 'READER', organizationId: id.b });
    expect(taken.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'input.username', message: 'taken' }] });
    const unknownOrganization = await createAccount({ username: 'reader.x', displayName: 'X', role: 'READER', organizationId: toGlobalId('Organization', '00000000-0000-4000-8000-000000000000') });
    expect(unknownOrganization.body.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('only the secretariat creates accounts: the public is UNAUTHENTICATED, an editor FORBIDDEN', async () => {
    const publicly = await post(CREATE, { input: { username: 'me.too', displayName: 'Me', password: PASSWORD, role: 'SECRETARIAT' } });
    expect(publicly.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const editor = await signIn('editor.a');
    const byEditor = await post(CREATE, { input: { username: 'me.too', displayName: 'Me', password: PASSWORD, role: 'SECRETARIAT' } }, withCookie(editor.cookie));
    expect(byEditor.body.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie; the cookie is the same caller a token with that role is', async () => {
    const { body, setCookie, cookie } = await signIn('  EDITOR.A ');
    expect(body.errors).toBeUndefined();
    expect(body.data.signIn.viewer).toEqual({ role: 'ASSOCIATION_EDITOR', subject: 'editor.a', organization: { id: id.a, name: 'Hội A' } });
    expect(setCookie).toMatch(/^amity_session=[\w-]{43}; Max-Age=43200; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    expect((await post(VIEWER, {}, withCookie(cookie))).body.data.viewer).toEqual({ role: 'ASSOCIATION_EDITOR', subject: 'editor.a', organization: { id: id.a } });

    // The editor's rules, unchanged: its own organization and branch, not another's.
    const version = async (orgId: string) => (await post('query($id: ID!) { organization(id: $id) { version } }', { id: orgId })).body.data.organization.version;
    const own = await post(UPDATE_ORG, { input: { id: id.a1, version: await version(id.a1), nameEn: 'Branch A1' } }, withCookie(cookie));
    expect(own.body.errors).toBeUndefined();
    const other = await post(UPDATE_ORG, { input: { id: id.b, version: await version(id.b), nameEn: 'Taken over' } }, withCookie(cookie));
    expect(other.body.errors![0].extensions.code).toBe('FORBIDDEN');
    // The audit trail names the person's username as the author.
    const audit = await post('query($id: ID!) { auditTrail(entityId: $id) { nodes { actor actorRole } } }', { id: id.a1 }, asSecretariat());
    expect(audit.body.data.auditTrail.nodes).toEqual([{ actor: 'editor.a', actorRole: 'ASSOCIATION_EDITOR' }]);
  });

  it('a wrong password and an unknown username get the same UNAUTHENTICATED, and no cookie', async () => {
    const wrong = await signIn('editor.a', 'not the password at all');
    const unknown = await signIn('nobody.here', PASSWORD);
    for (const attempt of [wrong, unknown]) {
      expect(attempt.body.errors![0]).toMatchObject({ message: 'The username or the password is wrong', extensions: { code: 'UNAUTHENTICATED' } });
      expect(attempt.setCookie).toBe('');
    }
  });

  it('over HTTPS (behind a trusted proxy) the cookie is also Secure', async () => {
    const { setCookie, body } = await signIn('editor.a', PASSWORD, { 'x-forwarded-proto': 'https', origin: origin.replace('http:', 'https:') });
    expect(body.errors).toBeUndefined();
    expect(setCookie).toMatch(/; HttpOnly; Secure; SameSite=Strict$/);
  });

  it('a bearer token still works, and wins over a cookie', async () => {
    const { cookie } = await signIn('editor.a');
    const both = await post(VIEWER, {}, { ...asSecretariat(), cookie });
    expect(both.body.data.viewer).toEqual({ role: 'SECRETARIAT', subject: 'secretariat-program', organization: null });
  });
});

describe('cross-site requests with the cookie (CSRF)', () => {
  it('a POST carrying the cookie from another origin, or naming none, is refused before it runs', async () => {
    const { cookie } = await signIn('editor.a');
    for (const headers of [{ origin: 'https://evil.example' }, { origin: 'http://127.0.0.1:1' }, { origin: '' }]) {
      const refused = await post(VIEWER, {}, withCookie(cookie, headers));
      expect({ headers, status: refused.status, code: refused.body.errors?.[0].extensions.code }).toEqual({ headers, status: 403, code: 'FORBIDDEN' });
    }
    // With no Origin at all, only a browser's Sec-Fetch-Site: same-origin lets it through.
    const noOrigin = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: VIEWER }) });
    expect(noOrigin.status).toBe(403);
    const sameOrigin = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'sec-fetch-site': 'same-origin' }, body: JSON.stringify({ query: VIEWER }) });
    expect(((await sameOrigin.json()) as any).data.viewer.role).toBe('ASSOCIATION_EDITOR');
  });

  it('a form-like POST (no JSON, no preflight header) is refused by Apollo’s CSRF prevention even from the right origin', async () => {
    const { cookie } = await signIn('editor.a');
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie, origin }, body: JSON.stringify({ query: VIEWER }) });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('sign-in itself is refused from another origin (login CSRF)', async () => {
    const { body, setCookie } = await signIn('editor.a', PASSWORD, { origin: 'https://evil.example' });
    expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(setCookie).toBe('');
  });

  it('a GET query with the cookie needs no Origin (it changes nothing, and no other origin can read it)', async () => {
    const { cookie } = await signIn('editor.a');
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent(VIEWER)}`, { headers: { cookie, 'apollo-require-preflight': 'true' } });
    expect(((await response.json()) as any).data.viewer.subject).toBe('editor.a');
  });
});

describe('sessions end', () => {
  it('signing out ends the session in the database, not only in the browser: the old cookie is the public', async () => {
    const { cookie } = await signIn('editor.a');
    const out = await post(SIGN_OUT, {}, withCookie(cookie));
    expect(out.body.data.signOut.signedOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/^amity_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    const after = await post(VIEWER, {}, withCookie(cookie));
    expect(after.body.data.viewer.role).toBe('PUBLIC');
    // A cookie naming no session is cleared.
    expect(after.headers.get('set-cookie')).toMatch(/^amity_session=;/);
  });

  it('an expired session is the public', async () => {
    const { cookie } = await signIn('editor.a');
    await server.app.database.orm.em.fork().getConnection().execute(`update session set expires_at = now() - interval '1 second'`);
    expect((await post(VIEWER, {}, withCookie(cookie))).body.data.viewer.role).toBe('PUBLIC');
  });

  it('disabling an account ends its sessions and stops its sign-ins; enabling it lets it sign in again', async () => {
    await createAccount({ username: 'reader.b', displayName: 'Trần Thị B', role: 'READER', organizationId: id.b });
    const { cookie, body } = await signIn('reader.b');
    expect(body.data.signIn.viewer.role).toBe('READER');
    const accounts = await server.app.database.orm.em.fork().getConnection().execute(`select id, version from account where username = 'reader.b'`);
    const accountId = toGlobalId('Account', accounts[0].id);
    const disabled = await post(UPDATE, { input: { id: accountId, version: accounts[0].version, disabled: true } }, asSecretariat());
    expect(disabled.body.data.updateAccount.account).toMatchObject({ disabled: true });
    expect((await post(VIEWER, {}, withCookie(cookie))).body.data.viewer.role).toBe('PUBLIC');
    expect((await signIn('reader.b')).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const stale = await post(UPDATE, { input: { id: accountId, version: accounts[0].version, disabled: false } }, asSecretariat());
    expect(stale.body.errors![0].extensions.code).toBe('CONFLICT');
    await post(UPDATE, { input: { id: accountId, version: disabled.body.data.updateAccount.account.version, disabled: false } }, asSecretariat());
    expect((await signIn('reader.b')).body.data.signIn.viewer.role).toBe('READER');
  });
});

describe('failed sign-ins', () => {
  it('after SIGN_IN_FAILURES failures, sign-in for that username is refused for the window, the right password too; others still sign in', async () => {
    await createAccount({ username: 'guessed', displayName: 'Lê Văn C', role: 'READER', organizationId: id.a });
    for (let i = 0; i < 3; i++) expect((await signIn('guessed', `wrong guess ${i} here`)).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const locked = await signIn('guessed');
    expect(locked.status).toBe(429);
    expect(locked.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(500);
    expect(locked.setCookie).toBe('');
    expect((await signIn('editor.a')).body.data.signIn.viewer.subject).toBe('editor.a');
  });
});

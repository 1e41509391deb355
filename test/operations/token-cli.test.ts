import { spawnSync } from 'node:child_process';
import { buildServer, type Build } from '../support/child-server.js';
import { startTestServer, type TestServer } from '../support/server.js';

/*
 * `npm run token` is how an operator gives someone access: a mistake on its command line gets a plain
 * message and the usage (exit 2), never a stack trace, and the token it prints is one the server accepts.
 */

let build: Build;
let server: TestServer;
beforeAll(async () => {
  build = buildServer('src/scripts/issue-token.ts');
  server = await startTestServer('token_cli', { seed: false });
});
afterAll(async () => {
  build?.remove();
  await server?.stop();
});

/** Runs the script as `npm run token -- …` does, with the test servers' secret (NODE_ENV=test). */
const token = (...args: string[]) => {
  const run = spawnSync(process.execPath, [build.main, ...args], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test' }, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe('npm run token', () => {
  it('--help prints the usage and exits 0', () => {
    const run = token('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run token -- --role SECRETARIAT\|ASSOCIATION_EDITOR\|READER --subject NAME/);
  });

  it.each([
    [['--bogus'], /Unknown option '--bogus'/],
    [['--subject', 'A'], /--role and --subject are required/],
    [['--role', 'ADMIN', '--subject', 'A'], /--role must be one of SECRETARIAT, ASSOCIATION_EDITOR, READER/],
    [['--role', 'ASSOCIATION_EDITOR', '--subject', 'A'], /a ASSOCIATION_EDITOR token needs --organization/],
    [['--role', 'READER', '--subject', 'A', '--organization', 'not-an-id'], /--organization not-an-id is not an organization's global ID/],
    [['--role', 'SECRETARIAT', '--subject', 'A', '--expires', 'forever'], /--expires forever is not a lifetime/],
    [['--role', 'SECRETARIAT', '--subject', 'A', '--expires', '3650d'], /--expires 3650d is longer than MAX_TOKEN_LIFETIME_SECONDS/],
  ])('%j is refused with a message and the usage, no stack trace', (args, message) => {
    const run = token(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/usage: npm run token/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints a token the server accepts, for the role and subject given', async () => {
    const run = token('--role', 'SECRETARIAT', '--subject', 'Ban Thư ký', '--expires', '1h');
    expect(run.status).toBe(0);
    const { body } = await server.gql('{ viewer { role subject organization { id } } }', undefined, { authorization: `Bearer ${run.stdout.trim()}` });
    expect(body.data).toEqual({ viewer: { role: 'SECRETARIAT', subject: 'Ban Thư ký', organization: null } });
    // without a token, the same question answers PUBLIC
    expect((await server.gql('{ viewer { role subject } }')).body.data).toEqual({ viewer: { role: 'PUBLIC', subject: null } });
  });
});

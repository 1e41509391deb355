import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { readSql } from '../db/read-sql.js';
import { AppError, ErrorCode } from '../errors/errors.js';
import type { SignInAttempts } from './sign-in-limit.js';
import { verifyBearer } from './tokens.js';
import type { Role, Viewer } from './viewer.js';

/**
 * Sign-in for people (the web app): a random token in a cookie, its SHA-256 in the `session` table
 * (src/modules/account/account.entity.ts owns the table; this plumbing reads it by name). A session
 * resolves to the same `Viewer` a bearer token does — role, organization, subject — so every rule
 * (`@Authorized`, `write()`, auth/policy.ts) applies to people as it does to programs.
 *
 * CSRF. A cookie is sent by the browser whoever made the page, so a request that a session authenticates
 * must be shown to come from this server's own pages:
 *  1. the cookie is `SameSite=Strict`: browsers do not attach it to any request another site starts,
 *     not even a top-level navigation;
 *  2. a request that changes anything (any method but GET, HEAD and OPTIONS) with the cookie must carry
 *     an `Origin` equal to this server's own (scheme, host and port), or, with no `Origin`,
 *     `Sec-Fetch-Site: same-origin`; otherwise it is refused (403 FORBIDDEN) before it runs. This covers
 *     what SameSite does not: a sibling subdomain is "same-site" but not same-origin, and old browsers
 *     ignore SameSite. Every browser that runs the app sends `Origin` on POST;
 *  3. on /graphql Apollo's `csrfPrevention` also refuses the "simple" requests a form or an <img> can
 *     make (a JSON body, or a custom header, forces a CORS preflight, which this server never grants);
 *  4. GETs change nothing (queries only; a mutation over GET is refused by Apollo), and what they return
 *     another origin cannot read (no CORS).
 * Sign-in itself asks for a same-origin request (login CSRF: signing a victim in as the attacker).
 * Subscriptions (WebSocket) take bearer tokens only: a cookie there would be open to cross-site
 * WebSocket hijacking.
 */
export const SESSION_COOKIE = 'amity_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The account a live session belongs to. */
export interface SessionAccount {
  accountId: string;
  username: string;
  role: Exclude<Role, 'PUBLIC'>;
  organizationId: string | null;
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** The `session` table, read and written with plain SQL (one statement each). */
export class SessionStore {
  constructor(
    private readonly orm: MikroORM,
    readonly lifetimeSeconds: number,
  ) {}

  /** The account of a session that has not ended (expired, signed out, or its account disabled). */
  async find(token: string): Promise<SessionAccount | undefined> {
    const [row] = await readSql<{ account_id: string; username: string; role: SessionAccount['role']; organization_id: string | null }>(
      this.orm.em.fork(),
      'select a."id" as account_id, a."username", a."role", a."organization_id" from "session" s join "account" a on a."id" = s."account_id" where s."token_hash" = $1 and s."expires_at" > now() and not a."disabled"',
      [digest(token)],
    );
    return row && { accountId: row.account_id, username: row.username, role: row.role, organizationId: row.organization_id };
  }

  /** A new session for the account: its token (for the cookie) and end. The account's ended sessions go. */
  async start(accountId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.lifetimeSeconds * 1000);
    const em = this.orm.em.fork();
    await readSql(em, 'delete from "session" where "account_id" = $1 and "expires_at" <= now()', [accountId]);
    await readSql(em, 'insert into "session" ("token_hash", "account_id", "created_at", "expires_at") values ($1, $2, now(), $3)', [digest(token), accountId, expiresAt]);
    return { token, expiresAt };
  }

  async end(token: string): Promise<void> {
    await readSql(this.orm.em.fork(), 'delete from "session" where "token_hash" = $1', [digest(token)]);
  }
}

/** Every session of an account ends (its account disabled, its password reset), in the caller's transaction. */
export async function endSessionsOf(tx: EntityManager, accountId: string): Promise<void> {
  await readSql(tx, 'delete from "session" where "account_id" = $1', [accountId]);
}

/** The session token the request's cookie carries, if any. */
export function sessionToken(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('=')) || undefined;
  }
  return undefined;
}

/** Whether the request comes from a page this server served (same scheme, host and port). */
export function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin !== undefined) return origin === `${req.protocol}://${req.host}`;
  return req.headers['sec-fetch-site'] === 'same-origin';
}

const crossSite = () =>
  new AppError(ErrorCode.FORBIDDEN, 'A request signed in by cookie must come from this server’s own pages (its Origin); programs send a bearer token instead', { http: { status: 403 } });

/** What a request's resolvers may do with its session: sign in (set the cookie) and sign out. */
export interface SessionGate {
  /** The request came from a page this server served. */
  sameOrigin: boolean;
  /** The client's address (`req.ip`): failed sign-ins are counted per username and address. */
  clientAddress?: string;
  attempts: SignInAttempts;
  /** Starts a session for the account and sets its cookie on the response. */
  start(accountId: string): Promise<void>;
  /** Ends this request's session, if any, and clears the cookie. */
  end(): Promise<void>;
}

export interface RequestAuthOptions {
  secret: string;
  maxTokenLifetimeSeconds: number;
  sessions: SessionStore;
  attempts: SignInAttempts;
}

/**
 * Who the request is from, and its session gate. A bearer token wins over a cookie (programs); a cookie
 * naming no live session is cleared and the request is the public's; a cookie on a cross-origin request
 * that changes something is refused.
 */
export async function authenticate(req: Request, res: Response, options: RequestAuthOptions): Promise<{ viewer: Viewer; session: SessionGate }> {
  const token = sessionToken(req);
  const cookie = { httpOnly: true, secure: req.secure, sameSite: 'strict' as const, path: '/' };
  const session: SessionGate = {
    sameOrigin: sameOrigin(req),
    clientAddress: req.ip,
    attempts: options.attempts,
    async start(accountId) {
      if (token) await options.sessions.end(token);
      const started = await options.sessions.start(accountId);
      res.cookie(SESSION_COOKIE, started.token, { ...cookie, maxAge: options.sessions.lifetimeSeconds * 1000 });
    },
    async end() {
      if (token) await options.sessions.end(token);
      res.clearCookie(SESSION_COOKIE, cookie);
    },
  };
  if (req.headers.authorization !== undefined || !token) {
    const { viewer } = await verifyBearer(options.secret, req.headers.authorization, options.maxTokenLifetimeSeconds);
    return { viewer, session };
  }
  if (!SAFE_METHODS.has(req.method) && !session.sameOrigin) throw crossSite();
  const account = await options.sessions.find(token);
  if (!account) {
    res.clearCookie(SESSION_COOKIE, cookie);
    return { viewer: { role: 'PUBLIC' }, session };
  }
  return { viewer: { role: account.role, organizationId: account.organizationId ?? undefined, subject: account.username }, session };
}

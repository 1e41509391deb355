import { HeaderMap } from '@apollo/server';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppError, ErrorCode } from '../errors/errors.js';
import type { Role, Viewer } from './viewer.js';

const ROLES: readonly Role[] = ['READER', 'ASSOCIATION_EDITOR', 'SECRETARIAT'];
const ISSUER = 'amity';

export interface TokenClaims {
  role: Exclude<Role, 'PUBLIC'>;
  /** Internal key of the caller's organization (readers and association editors). */
  organizationId?: string;
  subject: string;
  /** Lifetime, e.g. `8h`, `30d`. */
  expiresIn?: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** A signed bearer token (HS256) naming a role, an organization and an expiry. */
export async function issueToken(secret: string, claims: TokenClaims): Promise<string> {
  if (!ROLES.includes(claims.role)) throw new Error(`unknown role ${claims.role}`);
  if (claims.role !== 'SECRETARIAT' && !claims.organizationId) throw new Error(`${claims.role} tokens name an organization`);
  return new SignJWT({ role: claims.role, org: claims.organizationId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '30d')
    .sign(key(secret));
}

/** A bad token stops the request before it runs: HTTP 401, as the HTTP spec wants for bad credentials. */
const unauthenticated = (message: string) => new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) } });

/** Tokens a little ahead of this clock (another server's) are accepted; more is a forged or broken `iat`. */
const CLOCK_TOLERANCE_SECONDS = 60;
/** Ninety days, as config's MAX_TOKEN_LIFETIME_SECONDS defaults to. */
const DEFAULT_MAX_LIFETIME_SECONDS = 90 * 24 * 3600;

/**
 * The caller named by an `Authorization: Bearer` header; no header is the public. A bad token is refused,
 * never downgraded. A token must say who it is for (`sub`), when it was issued (`iat`, not in the future)
 * and when it ends (`exp`), and may not live longer than `maxLifetimeSeconds`: a leaked token dies.
 */
export async function viewerFromHeader(secret: string, header: string | undefined, maxLifetimeSeconds = DEFAULT_MAX_LIFETIME_SECONDS): Promise<Viewer> {
  return (await verifyBearer(secret, header, maxLifetimeSeconds)).viewer;
}

/**
 * As `viewerFromHeader`, with the moment the token ends (`exp`, seconds since the epoch; none for the
 * public): a WebSocket outlives its request, so its connection is closed then.
 */
export async function verifyBearer(secret: string, header: string | undefined, maxLifetimeSeconds = DEFAULT_MAX_LIFETIME_SECONDS): Promise<{ viewer: Viewer; expiresAt?: number }> {
  if (!header) return { viewer: { role: 'PUBLIC' } };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], key(secret), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat', 'sub'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    const { exp, iat, sub } = payload as { exp: number; iat: number; sub: unknown };
    if (iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw unauthenticated('The token is issued in the future');
    if (exp - iat > maxLifetimeSeconds) throw unauthenticated(`The token lives longer than the ${maxLifetimeSeconds} s allowed`);
    if (typeof sub !== 'string' || sub.trim() === '') throw unauthenticated('The token names no subject');
    const role = payload.role as Role;
    if (!ROLES.includes(role)) throw unauthenticated('The token names no known role');
    return { viewer: { role, organizationId: typeof payload.org === 'string' ? payload.org : undefined, subject: sub }, expiresAt: exp };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('The token has expired');
    if (error instanceof errors.JWTClaimValidationFailed) throw unauthenticated(`The token is not valid: ${error.message}`);
    if (error instanceof errors.JOSEError) throw unauthenticated('The token is not valid');
    throw error;
  }
}

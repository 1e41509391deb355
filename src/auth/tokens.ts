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

/** The caller named by an `Authorization: Bearer` header; no header is the public. A bad token is refused, never downgraded. */
export async function viewerFromHeader(secret: string, header: string | undefined): Promise<Viewer> {
  if (!header) return { role: 'PUBLIC' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  try {
    const { payload } = await jwtVerify(match[1], key(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    const role = payload.role as Role;
    if (!ROLES.includes(role)) throw unauthenticated('The token names no known role');
    return { role, organizationId: typeof payload.org === 'string' ? payload.org : undefined, subject: payload.sub };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('The token has expired');
    if (error instanceof errors.JOSEError) throw unauthenticated('The token is not valid');
    throw error;
  }
}

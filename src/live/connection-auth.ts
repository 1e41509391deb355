import type { IncomingMessage } from 'node:http';
import type { Context as Connection } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { verifyBearer } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, ErrorCode } from '../errors/errors.js';
import type { Logger } from '../log/logger.js';

/**
 * graphql-ws's own close code for a refused `connection_init` (`onConnect` returning false): its client
 * may try again, with a fresh token when its `connectionParams` is a function.
 */
export const FORBIDDEN_CLOSE_CODE = 4403;

export interface ConnectionAuthOptions {
  secret: string;
  maxTokenLifetimeSeconds: number;
  /** The client's address, as `req.ip` would give it (http/client-address.ts). */
  clientAddress: (request: IncomingMessage) => string | undefined;
  logger: Logger;
}

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

const extraOf = (connection: Connection) => connection.extra as SocketExtra;

/** A close frame's reason holds at most 123 bytes. */
function closeReason(text: string): string {
  let reason = text;
  while (Buffer.byteLength(reason) > 123) reason = `${reason.slice(0, -2)}…`;
  return reason;
}

/** Refuses the connection: the close event says why, as `UNAUTHENTICATED: <message>`. */
function refuse(connection: Connection, message: string): void {
  extraOf(connection).socket.close(FORBIDDEN_CLOSE_CODE, closeReason(`${ErrorCode.UNAUTHENTICATED}: ${message}`));
}

/**
 * The bearer token a browser can send: the `authorization` of the `connection_init` payload
 * (`connectionParams: { authorization: "Bearer …" }`), else the upgrade request's Authorization header.
 */
function authorizationOf(connection: Connection): { header?: string } | { malformed: true } {
  const params = (connection.connectionParams ?? {}) as Record<string, unknown>;
  const given = params.authorization ?? params.Authorization;
  if (given === undefined || given === null) return { header: extraOf(connection).request.headers.authorization };
  return typeof given === 'string' ? { header: given } : { malformed: true };
}

/**
 * The caller of a new connection, from the same bearer tokens as HTTP (auth/tokens.ts); none is the
 * public. A bad, expired or malformed token closes the socket (FORBIDDEN_CLOSE_CODE) before any
 * subscription: undefined then.
 */
export async function authenticate(connection: Connection, options: ConnectionAuthOptions): Promise<{ viewer: Viewer; expiresAt?: number; clientAddress?: string } | undefined> {
  const authorization = authorizationOf(connection);
  if ('malformed' in authorization) {
    refuse(connection, 'connectionParams.authorization must be a string "Bearer <token>"');
    return undefined;
  }
  try {
    const { viewer, expiresAt } = await verifyBearer(options.secret, authorization.header, options.maxTokenLifetimeSeconds);
    return { viewer, expiresAt, clientAddress: options.clientAddress(extraOf(connection).request) };
  } catch (error) {
    if (!(error instanceof AppError) || error.extensions.code !== ErrorCode.UNAUTHENTICATED) throw error;
    options.logger.info({ reason: error.message }, 'WebSocket connection refused: bad token');
    refuse(connection, error.message);
    return undefined;
  }
}

/** setTimeout's longest delay (about 24.8 days); a token may live 90. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** A token ends while its socket is open: the socket is closed then, as a new connection with it would be refused. Returns the cancel. */
export function closeAtExpiry(connection: Connection, expiresAt: number | undefined): () => void {
  if (expiresAt === undefined) return () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const left = expiresAt * 1000 - Date.now();
    if (left <= 0) return refuse(connection, 'The token has expired');
    timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
    timer.unref();
  };
  arm();
  return () => clearTimeout(timer);
}

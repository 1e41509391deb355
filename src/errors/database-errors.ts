import { ErrorCode } from './errors.js';

/** What a database failure means for the client: a code it can branch on, a message that leaks no SQL. */
export interface DatabaseFailure {
  code: typeof ErrorCode.BAD_USER_INPUT | typeof ErrorCode.SERVICE_UNAVAILABLE | typeof ErrorCode.TIMEOUT;
  message: string;
  /** HTTP status for a request that failed on it as a whole. */
  status: 400 | 503;
  /** The SQLSTATE or socket error code that decided it (for the log). */
  reason: string;
}

/**
 * SQLSTATE class 22 ("data exception"): a value handed to a statement cannot be represented (bad text for
 * a type, a date or number out of range, a NUL or invalid byte, a string too long). The values come from
 * the client's arguments.
 */
const DATA_EXCEPTION_MESSAGES: Record<string, string> = {
  '22P02': 'An argument is not a valid value of its type',
  '22007': 'A date or time argument is not valid',
  '22008': 'A date or time argument is out of range or not a real calendar date',
  '22003': 'A numeric argument is out of range',
  '22021': 'A string argument contains a character that is not allowed (such as NUL)',
  '22P05': 'A string argument contains a character that is not allowed (such as NUL)',
  '22001': 'A string argument is too long',
};

/**
 * The database cannot be reached or is going away: connection refused, reset or terminated, an admin
 * shutdown (57P01), a crash or a server starting up (57P02, 57P03), no free connection slot (53300),
 * a database closed to connections (`allow_connections false`, 55000).
 */
// 3D000: the database itself is gone (dropped under a running instance).
const UNAVAILABLE_SQLSTATES = new Set(['3D000', '57P01', '57P02', '57P03', '53300', '53400', '08000', '08001', '08003', '08004', '08006', '08007']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** pg reports some drops as plain Errors without a code. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Connection ended unexpectedly|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|is not currently accepting connections|Connection not established/i;

/** The error itself and everything it wraps (MikroORM's DriverException copies the pg error's fields onto itself). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current as Record<string, unknown>;
    const e = current as { cause?: unknown; originalError?: unknown; previous?: unknown };
    current = e.cause ?? e.originalError ?? e.previous;
  }
  // AggregateError (e.g. ECONNREFUSED on both ::1 and 127.0.0.1).
  if (error && typeof error === 'object' && Array.isArray((error as { errors?: unknown }).errors)) {
    for (const inner of (error as { errors: unknown[] }).errors) yield* chain(inner);
  }
}

/**
 * Classifies a failure that came from the database driver; undefined when it is none of the known client
 * or availability cases (then it is an internal error).
 */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : '';
    if (code && /^22[0-9A-Z]{3}$/.test(code)) {
      return { code: ErrorCode.BAD_USER_INPUT, message: DATA_EXCEPTION_MESSAGES[code] ?? 'An argument is out of range or not valid', status: 400, reason: code };
    }
    // A NUL inside a statement's text breaks the wire protocol's C string: the server calls the message malformed.
    if (code === '08P01' && /invalid message format/i.test(message)) {
      return { code: ErrorCode.BAD_USER_INPUT, message: DATA_EXCEPTION_MESSAGES['22021'], status: 400, reason: code };
    }
    if (code === '57014') {
      return { code: ErrorCode.TIMEOUT, message: 'A database statement ran past its time limit and was cancelled', status: 503, reason: code };
    }
    if ((code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) || (code === '55000' && UNAVAILABLE_MESSAGES.test(message)) || (!code?.match(/^[0-9A-Z]{5}$/) && UNAVAILABLE_MESSAGES.test(message))) {
      return { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The database is unavailable; try again shortly', status: 503, reason: code ?? message.slice(0, 80) };
    }
  }
  return undefined;
}

import { GraphQLError } from 'graphql';

/** The stable codes a client can branch on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The operation ran past its deadline (OPERATION_TIMEOUT_MS) or a statement past STATEMENT_TIMEOUT_MS. */
  TIMEOUT: 'TIMEOUT',
  /** The response would be larger than MAX_RESPONSE_BYTES. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** The database cannot be reached: HTTP 503 with Retry-After; try again. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One offending input field, named by its path in the input (`input.startDate`). */
export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badUserInput = (message: string, fields: FieldProblem[] = []) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, fields.length ? { fields } : {});

export const notFound = (what: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} does not exist`, { id });

export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const unauthenticated = (message = 'A valid bearer token is required') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);

export const badRequest = (message: string, extra: Record<string, unknown> = {}) => new AppError(ErrorCode.BAD_REQUEST, message, extra);

/** How long a client is asked to wait (Retry-After) when the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 2;

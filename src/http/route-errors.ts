import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/errors.js';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
};

interface HttpHint {
  status?: number;
  headers?: Iterable<[string, string]>;
}

/**
 * A refusal by a route beside /graphql, answered as /graphql answers one: `{ errors: [{ message,
 * extensions: { code, fields } }] }` with the code's HTTP status (and the headers the error asks for, such
 * as Retry-After or WWW-Authenticate). False for anything that is not a coded refusal: the caller passes
 * it on to the app's error handler.
 */
export function answerRefusal(res: Response, error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const { code, fields, http } = error.extensions as { code?: string; fields?: unknown; http?: HttpHint };
  const status = http?.status ?? (code ? STATUS[code] : undefined);
  if (!status || !code) return false;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  res.status(status).json({ errors: [{ message: error.message, extensions: fields ? { code, fields } : { code } }] });
  return true;
}

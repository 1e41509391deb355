import type { ErrorRequestHandler, Request, Response } from 'express';
import { classifyDatabaseError } from '../errors/database-errors.js';
import { ErrorCode, RETRY_AFTER_SECONDS } from '../errors/errors.js';

function sendError(req: Request, res: Response, status: number, code: string, message: string): void {
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  res.status(status).type(`${type}; charset=utf-8`).send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * body-parser failures (malformed JSON, a body over the limit, an unknown charset or encoding, a body that
 * is not in the content-encoding it claims) answered as GraphQL-shaped JSON instead of express's HTML page.
 * body-parser marks its own errors with a `type`; a failed gunzip/inflate comes as a bare http-error 400.
 */
export const bodyErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const status: number = err?.status ?? err?.statusCode ?? 400;
  const fromBodyParser = typeof err?.type === 'string';
  const clientError = err?.expose === true && status >= 400 && status < 500;
  if (!fromBodyParser && !clientError) return next(err);
  if (status === 413) return sendError(req, res, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'Request body too large');
  if (status === 415) return sendError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Unsupported request encoding');
  if (!fromBodyParser && typeof err?.code === 'string' && err.code.startsWith('Z_')) {
    return sendError(req, res, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid for its content-encoding');
  }
  sendError(req, res, status >= 400 && status < 500 ? status : 400, ErrorCode.BAD_REQUEST, fromBodyParser ? 'Malformed JSON request body' : 'Malformed request');
};

/**
 * Last resort for every route: a database that is unreachable answers 503 with Retry-After, a value the
 * database refused (a date that does not exist) 400; anything else is logged and answered as a JSON 500
 * that leaks nothing.
 */
export const internalErrorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (res.headersSent) {
    // Someone answered first (the shutdown drain answers 503 to what outlived the grace period): nothing
    // left to say. Logged here rather than printed to stderr by express's final handler.
    req.log?.warn({ err }, 'error after the response was sent');
    if (!res.writableEnded) res.destroy();
    return;
  }
  const failure = classifyDatabaseError(err);
  if (failure) {
    req.log?.warn({ err, code: failure.code, reason: failure.reason }, 'database error answered as a client code');
    if (failure.status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    return sendError(req, res, failure.status, failure.code, failure.message);
  }
  // A request express itself refused (a path that does not decode, `%zz`): the client's mistake.
  const status: unknown = err?.status ?? err?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return sendError(req, res, status, ErrorCode.BAD_REQUEST, 'Malformed request');
  req.log?.error({ err }, 'unhandled error in an HTTP route');
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
};

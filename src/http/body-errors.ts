import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors/errors.js';

/**
 * body-parser failures (malformed JSON, a body over the limit, an unknown charset) answered as
 * GraphQL-shaped JSON instead of express's HTML page.
 */
export const bodyErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent || typeof err?.type !== 'string') return next(err);
  const status: number = err.status ?? err.statusCode ?? 400;
  const [code, message] =
    status === 413
      ? [ErrorCode.PAYLOAD_TOO_LARGE, 'Request body too large']
      : status === 415
        ? ['UNSUPPORTED_MEDIA_TYPE', 'Unsupported request encoding']
        : [ErrorCode.BAD_REQUEST, 'Malformed JSON request body'];
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  res.status(status).type(`${type}; charset=utf-8`).send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};

/** Last resort for non-GraphQL routes: log the error, answer a JSON 500 that leaks nothing. */
export const internalErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  req.log?.error({ err }, 'unhandled error in an HTTP route');
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
};

import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../errors/errors.js';

const json = (message: string, code: string) => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/** Any path no route serves: a JSON 404 with a code, like every other refusal, not express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  res.status(404).json(JSON.parse(json(`No route ${req.method} ${req.path}`, ErrorCode.NOT_FOUND)));
};

/**
 * Requests Node refuses before express sees them (headers over the limit, malformed request lines):
 * answered as JSON with a code instead of a bare status line, then the connection is closed.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    const [status, reason, body] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', json('Request headers too large', ErrorCode.BAD_REQUEST)]
        : [400, 'Bad Request', json('Malformed HTTP request', ErrorCode.BAD_REQUEST)];
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}

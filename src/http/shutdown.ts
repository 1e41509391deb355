import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { ErrorCode, RETRY_AFTER_SECONDS } from '../errors/errors.js';
import type { Logger } from '../log/logger.js';

export interface DrainResult {
  /** Requests that finished within the grace period. */
  completed: number;
  /** Requests still running when it ran out: answered 503, or their connection closed if already answering. */
  cancelled: number;
}

export interface Drainer {
  /**
   * Stops accepting connections, closes idle ones, lets the requests in flight finish within `graceMs`,
   * then answers what is left with 503 (or closes its connection when its answer has already begun) and
   * closes every remaining socket.
   */
  drain(graceMs: number): Promise<DrainResult>;
}

const SHUTTING_DOWN = JSON.stringify({ errors: [{ message: 'The server is shutting down; try again', extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] });

const closeAfterAnswer = (res: ServerResponse) => {
  if (!res.headersSent) res.setHeader('connection', 'close');
};

/** Tracks every request of the server from the start, so shutdown knows what is in flight on which socket. */
export function trackRequests(server: Server, logger: Logger): Drainer {
  const inFlight = new Map<ServerResponse, IncomingMessage>();
  const sockets = new Set<Socket>();
  let draining = false;
  let completed = 0;
  let onIdle: (() => void) | undefined;

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight.set(res, req);
    // Once draining, a keep-alive connection is closed after the answer it is waiting for.
    if (draining) closeAfterAnswer(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (!draining) return;
      completed++;
      if (![...inFlight.values()].some((r) => r.socket === req.socket)) req.socket.end();
      if (inFlight.size === 0) onIdle?.();
    });
  });

  return {
    async drain(graceMs) {
      draining = true;
      for (const res of inFlight.keys()) closeAfterAnswer(res);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (onIdle = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
      }
      const completedInGrace = completed;
      const cancelled = inFlight.size;
      if (cancelled > 0) {
        logger.warn({ requests: cancelled, graceMs }, 'grace period over: cancelling the requests still in flight');
        for (const [res, req] of inFlight) {
          if (res.headersSent) {
            req.socket.destroy();
            continue;
          }
          res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS), connection: 'close' });
          res.end(SHUTTING_DOWN);
        }
      }
      // What is still open now (a 503 being flushed, a half-sent upload) gets a moment, then is cut.
      let cut: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise<void>((resolve) => (cut = setTimeout(resolve, 500)))]);
      clearTimeout(cut);
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
      return { completed: completedInGrace, cancelled };
    },
  };
}

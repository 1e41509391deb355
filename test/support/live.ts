import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { pino } from 'pino';
import WebSocket from 'ws';
import type { Logger } from '../../src/log/logger.js';

/** How the socket closed, as graphql-ws's client reports it (ws's CloseEvent). */
export interface Closed {
  code: number;
  reason: string;
}

/** A graphql-ws client of the server at `url` (http://…/), speaking over ws as a browser would, never retrying. */
export function liveClient(url: string, token?: string): { client: Client; closed: Promise<Closed> } {
  let onClosed: (event: Closed) => void = () => undefined;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (event) => onClosed({ code: (event as Closed).code, reason: String((event as Closed).reason) }) },
  });
  return { client, closed };
}

/** One subscription's results as they arrive; `error` is what ended it (GraphQL errors, or the close event). */
export interface Live<T> {
  results: FormattedExecutionResult<T>[];
  /** Resolves once `count` results have arrived (or rejects with what ended the subscription). */
  received(count: number, timeoutMs?: number): Promise<FormattedExecutionResult<T>[]>;
  /** Resolves with what ended the subscription: GraphQL errors (an `error` message), or the close event. */
  ended: Promise<unknown>;
  stop(): void;
}

export function subscribe<T = any>(client: Client, query: string, variables?: Record<string, unknown>): Live<T> {
  const results: FormattedExecutionResult<T>[] = [];
  const waiters: (() => void)[] = [];
  let failure: unknown;
  let finish: (reason: unknown) => void = () => undefined;
  const ended = new Promise<unknown>((resolve) => (finish = resolve));
  const wake = () => waiters.splice(0).forEach((w) => w());
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        results.push(result as FormattedExecutionResult<T>);
        wake();
      },
      error: (error) => {
        failure = error ?? 'error';
        finish(error);
        wake();
      },
      complete: () => {
        finish('complete');
        wake();
      },
    },
  );
  return {
    results,
    ended,
    stop,
    async received(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (failure !== undefined) throw new Error(`the subscription ended with ${JSON.stringify(failure)} after ${results.length} of ${count} results`);
        if (Date.now() > deadline) throw new Error(`${results.length} of ${count} results within ${timeoutMs} ms: ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return results.slice(0, count);
    },
  };
}

/**
 * A logger whose lines the test reads: "subscription started" is logged once the subscription listens, so
 * a test makes its write only then (nothing tells a graphql-ws client that its subscription is in place).
 */
export function capturingLogger(): {
  logger: Logger;
  lines: Record<string, unknown>[];
  /** Resolves once `message` has been logged `count` times in all. */
  logged(message: string, count?: number, timeoutMs?: number): Promise<void>;
  /** Resolves once `count` subscriptions have started in all. */
  started(count: number, timeoutMs?: number): Promise<void>;
} {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const logged = async (message: string, count = 1, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (lines.filter((l) => l.msg === message).length < count) {
      if (Date.now() > deadline) throw new Error(`"${message}" logged fewer than ${count} times within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { logger, lines, logged, started: (count, timeoutMs) => logged('subscription started', count, timeoutMs) };
}

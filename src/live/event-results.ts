import { execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { ErrorCode } from '../errors/errors.js';
import type { Context } from '../graphql/context.js';
import { exceedsBytes } from '../graphql/response-size.js';
import { AppError } from '../errors/errors.js';

export interface EventLimits {
  /** Each event's execution gets the deadline of a query (OPERATION_TIMEOUT_MS). */
  operationMs: number;
  /** and the size limit of an answer (MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
}

/**
 * A subscription's results: each event of its source stream executed as graphql-js's `subscribe` would
 * (the operation with the event as its root value), but each in a context of its own — fresh loaders
 * and identity map, so an event never reads what an earlier one cached, and its own deadline — made by
 * `contextFor`. `return()` reaches the source at once (a generator would wait for the next event).
 */
export function eventResults(source: AsyncIterator<unknown>, args: ExecutionArgs, contextFor: () => Context, limits: EventLimits): AsyncIterableIterator<ExecutionResult> {
  const run = async (event: unknown): Promise<ExecutionResult> => {
    const contextValue = contextFor();
    contextValue.deadline.start(limits.operationMs);
    try {
      const result = await execute({ ...args, rootValue: event, contextValue });
      if (!exceedsBytes(result, limits.maxResponseBytes)) return result;
      const error = new AppError(ErrorCode.RESPONSE_TOO_LARGE, `The answer would be larger than ${limits.maxResponseBytes} bytes; ask for less (fewer fields)`, { maximumResponseBytes: limits.maxResponseBytes });
      return { data: null, errors: [error] };
    } finally {
      contextValue.deadline.stop();
    }
  };
  const done = (): IteratorResult<ExecutionResult> => ({ value: undefined, done: true });
  return {
    async next() {
      const next = await source.next();
      return next.done ? done() : { value: await run(next.value), done: false };
    },
    async return() {
      await source.return?.();
      return done();
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

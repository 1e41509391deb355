import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, ErrorCode } from '../errors/errors.js';

/**
 * One operation's deadline. graphql-js cannot stop an execution, so the deadline stops its database
 * work instead: the request's EntityManager is forked with this signal, and once it fires MikroORM
 * refuses every new statement and stops waiting for the one in flight, both with the TIMEOUT error
 * below (that statement itself is cut by PostgreSQL's statement_timeout, which the error formatter
 * answers as TIMEOUT too: SQLSTATE 57014 in errors/database-errors.ts). Resolvers that need no
 * database finish; the answer is whatever resolved, with TIMEOUT on each field that was refused.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(ms: number): void {
    if (this.timer || this.signal.aborted) return;
    this.timer = setTimeout(() => this.controller.abort(operationTimeout(ms)), ms);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

/** The reason the signal carries: it reaches the client as the field's error (its `extensions` survive MikroORM's wrapping). */
export const operationTimeout = (ms: number) =>
  new AppError(ErrorCode.TIMEOUT, `The operation ran past its deadline of ${ms} ms; ask for less (a smaller page, a shorter period, fewer fields)`, { timeoutMs: ms });

/**
 * Starts each query's deadline when it starts executing. A mutation gets none: cutting a write's answer
 * short invites a retry that repeats the write; its statements still have the statement timeout.
 */
export function deadlinePlugin(operationMs: number): ApolloServerPlugin<{ deadline: Deadline }> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async executionDidStart({ operation }) {
          if (operation?.operation !== 'query') return;
          contextValue.deadline.start(operationMs);
          return {
            async executionDidEnd() {
              contextValue.deadline.stop();
            },
          };
        },
        async willSendResponse() {
          contextValue.deadline.stop();
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, RETRY_AFTER_SECONDS } from '../errors/errors.js';
import { refusedAsClientMistake } from '../errors/input-guard.js';
import { nothingResolved } from './outcome.js';

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

const allUnavailable = (errors: readonly GraphQLFormattedError[] | undefined) =>
  Boolean(errors?.length) && errors!.every((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE);

/**
 * The HTTP status of GraphQL responses, which Apollo cannot derive by itself:
 * - client mistakes the schema does not catch (a NUL in a string argument, a subscription) are refused
 *   before pricing and execution (input-guard.ts, called by the cost plugin);
 * - an operation that failed as a whole because the database is unreachable answers 503 with Retry-After
 *   (one field failing among others that resolved keeps 200 and its partial data);
 * - GraphQL over HTTP: a client that negotiated the legacy `application/json` gets 200 for parse,
 *   validation, variable and guard errors (clients of `application/graphql-response+json` keep 400).
 *   Apollo hard-codes 400, so the status is adjusted here.
 */
export const legacyJsonStatusPlugin: ApolloServerPlugin<{ responseMediaType?: string | false }> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (allUnavailable(errors) && nothingResolved(data)) {
          // Failed as a whole: GraphQL over HTTP allows a 5xx only without data, so nullable roots'
          // nulls are not sent as if something had been answered.
          if (data) response.body.singleResult.data = null;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          return;
        }
        if (contextValue.responseMediaType !== 'application/json') return;
        if (response.http.status === 400 && data === undefined && errors?.length && errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)) || (refusedAsClientMistake.has(contextValue) && e.extensions?.code === ErrorCode.BAD_REQUEST))) {
          response.http.status = 200;
        }
      },
    };
  },
};

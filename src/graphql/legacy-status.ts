import type { ApolloServerPlugin } from '@apollo/server';

const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that negotiated the legacy `application/json` gets 200 for parse,
 * validation and variable errors (clients of `application/graphql-response+json` keep 400).
 * Apollo hard-codes 400, so the status is adjusted here.
 */
export const legacyJsonStatusPlugin: ApolloServerPlugin<{ responseMediaType?: string | false }> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || contextValue.responseMediaType !== 'application/json') return;
        const { data, errors } = response.body.singleResult;
        if (response.http.status === 400 && data === undefined && errors?.length && errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)))) {
          response.http.status = 200;
        }
      },
    };
  },
};

import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, Kind, validate, type GraphQLSchema, type SelectionNode } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/errors.js';
import { DEFAULT_PAGE_SIZE } from '../relay/connection.js';
import type { Context } from './context.js';

// Its ESM build imports `graphql/index.mjs`, a second copy of graphql beside the CJS one that
// type-graphql builds the schema with; the CJS build shares the same copy.
const { fieldExtensionsEstimator, getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

export interface CostLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
}

/**
 * A list field costs its children times the page it asks for (`first`/`last`, default page size), so
 * `organizations(first: 100) { bodies(first: 50) { ... } }` is priced as the 5,000 rows it could return.
 */
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = args.first ?? args.last ?? (args.ids ? (args.ids as unknown[]).length : undefined);
  if (typeof size === 'number') return 1 + childComplexity * Math.max(size, 1);
  return undefined;
};

const connectionDefaultEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  const typeName = String(field.type).replace(/[!\[\]]/g, '');
  if (typeName.endsWith('Connection')) return 1 + childComplexity * DEFAULT_PAGE_SIZE;
  return undefined;
};

const estimators = [
  fieldExtensionsEstimator(),
  pagedListEstimator,
  connectionDefaultEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

const isIntrospectionOnly = (selections: readonly SelectionNode[]) =>
  selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));

function tooComplex(message: string, cost: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, http: { status: 400 } },
  });
}

/**
 * Prices every operation before it runs and refuses it (QUERY_TOO_COMPLEX, nothing executed) when it
 * is too deep, has too many aliases or costs more than the limit. The price and the limit are returned
 * in `extensions.cost`, as GitHub's and Shopify's APIs do.
 */
export function costPlugin(schema: GraphQLSchema, limits: CostLimits): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let requestedQueryCost: number | undefined;
      return {
        async didResolveOperation({ document, request, operationName, operation }) {
          // Schema introspection (tools, GraphiQL) is deep by nature and cheap to serve.
          if (operation && isIntrospectionOnly(operation.selectionSet.selections)) return;
          const shapeErrors: GraphQLError[] = [];
          const collect = { propagateOnRejection: false, exposeLimits: true, onReject: [(_: unknown, error: GraphQLError) => void shapeErrors.push(error)] };
          validate(schema, document, [maxDepthRule({ n: limits.maxDepth, ...collect }), maxAliasesRule({ n: limits.maxAliases, ...collect })]);
          if (shapeErrors.length) {
            throw tooComplex(shapeErrors[0].message.replace(/^Syntax Error: /, ''), { maximumQueryCost: limits.maxCost });
          }
          try {
            requestedQueryCost = getComplexity({ schema, query: document, variables: request.variables ?? {}, operationName: operationName ?? undefined, estimators });
          } catch (error) {
            // Variables that do not coerce: execution refuses them (BAD_USER_INPUT) before any resolver runs.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (requestedQueryCost > limits.maxCost) {
            throw tooComplex(`Query cost ${requestedQueryCost} exceeds the limit of ${limits.maxCost}`, { requestedQueryCost, maximumQueryCost: limits.maxCost });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || requestedQueryCost === undefined) return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: { requestedQueryCost, maximumQueryCost: limits.maxCost },
          };
        },
      };
    },
  };
}

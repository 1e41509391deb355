import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { getNamedType, getNullableType, getVariableValues, GraphQLError, GraphQLList, isAbstractType, isInterfaceType, isObjectType, Kind, SchemaMetaFieldDef, TypeMetaFieldDef, validate, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from '../errors/errors.js';
import { refuseClientMistakes, refusedAsClientMistake } from '../errors/input-guard.js';
import { actualCost } from './actual-cost.js';
import type { BudgetState, PointBudget } from './budget.js';
import type { Context } from './context.js';
import { INTROSPECTION_VALUES_PER_POINT, introspectionSize, schemaFieldCount, type IntrospectionScope } from './introspection-cost.js';
import { list, rowsAsked, UNPAGED_NODE_ROWS } from './prices.js';

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
  if (typeof (args.first ?? args.last) === 'number') return list(rowsAsked(args), childComplexity);
  if (Array.isArray(args.ids)) return list(args.ids.length, childComplexity);
  return undefined;
};

const connectionDefaultEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const typeName = String(field.type).replace(/[!\[\]]/g, '');
  if (typeName.endsWith('Connection')) return list(rowsAsked(args), childComplexity);
  return undefined;
};

/**
 * A connection's `nodes` repeats its edges' nodes: the connection already multiplies its selection by the
 * page, so the list costs its selection once, as `edges` does.
 */
const connectionNodesEstimator: ComplexityEstimator = ({ type, field, childComplexity }) => {
  if (field.name !== 'nodes' || !type.name.endsWith('Connection')) return undefined;
  return 1 + childComplexity;
};

const nodeListEstimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

/** A list of nodes without `first` walks the graph: priced as UNPAGED_NODE_ROWS of its items (one estimator per schema). */
const unpagedNodeListEstimator = (schema: GraphQLSchema): ComplexityEstimator => {
  let estimator = nodeListEstimators.get(schema);
  if (!estimator) nodeListEstimators.set(schema, (estimator = nodeListEstimator(schema)));
  return estimator;
};

const nodeListEstimator = (schema: GraphQLSchema): ComplexityEstimator => {
  const node = schema.getType('Node');
  const implementsNode = (type: GraphQLObjectType) => isInterfaceType(node) && type.getInterfaces().includes(node);
  const isNode = (type: GraphQLNamedType) =>
    isAbstractType(type) ? schema.getPossibleTypes(type).every(implementsNode) : isObjectType(type) && implementsNode(type);
  return ({ field, childComplexity }) => {
    if (!(getNullableType(field.type) instanceof GraphQLList) || !isNode(getNamedType(field.type))) return undefined;
    return list(UNPAGED_NODE_ROWS, childComplexity);
  };
};

const fieldExtensions = fieldExtensionsEstimator();

/**
 * The price a field declares (`complexity`: a number added to its selection, or a function of its
 * arguments), never less than its selection once: a negative or NaN price would offset its siblings.
 */
const declaredPriceEstimator: ComplexityEstimator = (args) => {
  const price = fieldExtensions(args);
  if (price === undefined) return undefined;
  return Number.isFinite(price) ? Math.max(price, args.childComplexity) : Number.MAX_SAFE_INTEGER;
};

/** `__schema` and `__type` are priced by the size of their answer (see introspection-cost.ts). */
const introspectionEstimator = (scope: IntrospectionScope, maxCost: number): ComplexityEstimator => ({ field, node }) => {
  if (field.name !== SchemaMetaFieldDef.name && field.name !== TypeMetaFieldDef.name) return undefined;
  const values = introspectionSize(scope, node, maxCost * INTROSPECTION_VALUES_PER_POINT);
  return Math.ceil(values / INTROSPECTION_VALUES_PER_POINT);
};

/** Graphql-query-complexity's own guard against documents too large to price (10,000 selections). */
const NODE_LIMIT_MESSAGE = 'Query exceeds the maximum allowed number of nodes.';

function tooComplex(message: string, cost: { requestedQueryCost?: number; maximumQueryCost: number }): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, http: { status: 400 } },
  });
}

function rateLimited(requested: number, budget: BudgetState): AppError {
  return new AppError(
    ErrorCode.RATE_LIMITED,
    `This operation costs ${requested} points and ${budget.remaining} of your ${budget.limit} points per hour remain; the budget is whole again at ${budget.resetAt}`,
    { retryAfter: budget.retryAfter, http: { status: 429, headers: new HeaderMap([['retry-after', String(budget.retryAfter)]]) } },
  );
}

/** What an operation was priced at, the limit, and (once charged) the caller's budget: `extensions.cost`. */
export interface OperationCost {
  requestedQueryCost: number;
  maximumQueryCost: number;
  budget?: Omit<BudgetState, 'retryAfter'>;
}

/**
 * Prices an operation before it runs and refuses it (QUERY_TOO_COMPLEX, nothing executed) when it is too
 * deep or has too many aliases (`refuseOverLimit` then refuses a price over the limit). Introspection is priced and limited like any
 * other field: one `__schema` per operation, every alias counted (`__typename` too). Undefined when the
 * variables do not coerce: execution refuses them (BAD_USER_INPUT) before any resolver runs. Queries and
 * mutations over HTTP and subscriptions over WebSocket are priced here alike.
 */
export function priceOperation(
  schema: GraphQLSchema,
  limits: CostLimits,
  { document, operation, variables }: { document: DocumentNode; operation: OperationDefinitionNode; variables: Record<string, unknown> | undefined },
): OperationCost | undefined {
  const shapeErrors: GraphQLError[] = [];
  const collect = { propagateOnRejection: false, exposeLimits: true, onReject: [(_: unknown, error: GraphQLError) => void shapeErrors.push(error)] };
  // The depth rule skips `__schema` (its answer is priced instead, below); aliases count on every field.
  validate(schema, document, [maxDepthRule({ n: limits.maxDepth, ...collect }), maxAliasesRule({ n: limits.maxAliases, allowList: [], ...collect })]);
  if (shapeErrors.length) {
    throw tooComplex(shapeErrors[0].message.replace(/^Syntax Error: /, ''), { maximumQueryCost: limits.maxCost });
  }
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  if (schemaFieldCount(operation.selectionSet, fragments) > 1) {
    throw tooComplex('At most one __schema per operation', { maximumQueryCost: limits.maxCost });
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return undefined;
  let requestedQueryCost: number;
  try {
    requestedQueryCost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operation.name?.value,
      estimators: [
        introspectionEstimator({ schema, fragments, variables: coerced.coerced }, limits.maxCost),
        declaredPriceEstimator,
        pagedListEstimator,
        connectionDefaultEstimator,
        connectionNodesEstimator,
        unpagedNodeListEstimator(schema),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.message === NODE_LIMIT_MESSAGE) {
      throw tooComplex('The operation has too many selections (10,000 or more, counting each fragment spread) to be priced', { maximumQueryCost: limits.maxCost });
    }
    // An argument that does not coerce (a null variable given to a non-null argument, say): graphql-js
    // would fail only that field and run the rest unpriced, so the whole operation is refused here.
    if (error instanceof GraphQLError) throw new AppError(ErrorCode.BAD_USER_INPUT, error.message, { http: { status: 400 } });
    throw error;
  }
  return { requestedQueryCost, maximumQueryCost: limits.maxCost };
}

/** Refuses an operation priced over the limit (QUERY_TOO_COMPLEX, naming both figures). */
export function refuseOverLimit(cost: OperationCost): void {
  if (cost.requestedQueryCost > cost.maximumQueryCost) {
    throw tooComplex(`Query cost ${cost.requestedQueryCost} exceeds the limit of ${cost.maximumQueryCost}`, cost);
  }
}

/** Takes the operation's price from the caller's hourly budget, or refuses it (RATE_LIMITED, 429, Retry-After) when that is spent. */
export async function chargeBudget(budget: PointBudget, caller: string, cost: OperationCost): Promise<void> {
  const { granted, state } = await budget.charge(caller, cost.requestedQueryCost);
  const { retryAfter: _, ...reported } = state;
  cost.budget = reported;
  if (!granted) throw rateLimited(cost.requestedQueryCost, state);
}

/**
 * Refuses the client mistakes the schema does not catch (input-guard.ts), then prices every operation
 * (`priceOperation`) and takes its price from the caller's hourly budget. The price, the limit and the
 * budget are returned in `extensions.cost`, as GitHub's and Shopify's APIs do.
 */
export function costPlugin(schema: GraphQLSchema, limits: CostLimits, budget?: PointBudget): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      let cost: OperationCost | undefined;
      return {
        async didResolveOperation({ document, request, operation }) {
          // First, and in this same step: a refused mistake is not priced or charged (Apollo runs the
          // plugins' hooks concurrently, so a separate plugin could not go before this one).
          const refusal = refuseClientMistakes(document, operation, request.variables);
          if (refusal) {
            refusedAsClientMistake.add(contextValue);
            throw refusal;
          }
          if (!operation) return;
          cost = priceOperation(schema, limits, { document, operation, variables: request.variables });
          if (!cost) return;
          // `rateLimit` answers from this (the operation's own price and what remains after it).
          contextValue.cost = cost;
          refuseOverLimit(cost);
          if (budget) await chargeBudget(budget, contextValue.caller, cost);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || cost === undefined) return;
          const { data } = response.body.singleResult;
          // Refused before execution: nothing was fetched, so there is no actual cost to report.
          const fetched = data === undefined ? {} : { actualQueryCost: actualCost(data) };
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { requestedQueryCost: cost.requestedQueryCost, ...fetched, maximumQueryCost: cost.maximumQueryCost, ...(cost.budget && { budget: cost.budget }) } };
        },
      };
    },
  };
}

import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createSourceEventStream, getOperationAST, GraphQLError, OperationTypeNode, parse, validate, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context as Connection } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer.js';
import { AppError, badRequest, ErrorCode } from '../errors/errors.js';
import { findNulStrings } from '../errors/input-guard.js';
import type { PointBudget } from '../graphql/budget.js';
import { createContext, type Context } from '../graphql/context.js';
import { chargeBudget, priceOperation, refuseOverLimit, type CostLimits } from '../graphql/cost.js';
import type { Logger } from '../log/logger.js';
import type { ChangeBus } from './change-bus.js';
import { authenticate, closeAtExpiry, type ConnectionAuthOptions } from './connection-auth.js';
import { eventResults, type EventLimits } from './event-results.js';

/** More at once on one socket is refused: each holds a listener and runs its selection on every change. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;

/** How long a closing socket may take to answer the close frame before it is cut. */
const CLOSE_WAIT_MS = 2_000;

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  /** The path of /graphql: WebSockets are upgraded there, beside its POSTs. */
  path: string;
  orm: MikroORM;
  changes: ChangeBus;
  auth: ConnectionAuthOptions;
  limits: CostLimits & EventLimits & { maxMessageBytes: number };
  budget: PointBudget;
  limitWrites: Context['limitWrites'];
  /** The error formatter of the HTTP answers (errors/format-error.ts): the same codes and the same secrecy. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Whether graphql-ws may put an unexpected error's own message in a close reason (NODE_ENV=development). */
  exposeInternals: boolean;
  logger: Logger;
}

export interface SubscriptionServer {
  /** Tells every client the server is going away (close code 1001), waits briefly for the sockets to close, cuts the rest. */
  close(): Promise<void>;
}

interface Caller {
  viewer: Viewer;
  clientAddress?: string;
  connectionId: string;
  stopExpiry: () => void;
}

const refusal = (code: ErrorCode, message: string) => [new AppError(code, message)];

/** A document that does not parse or validate gets the code Apollo gives it over HTTP. */
const coded = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, originalError: error.originalError, extensions: { ...error.extensions, code } });

/**
 * GraphQL subscriptions over WebSocket (graphql-ws, the `graphql-transport-ws` protocol Apollo Client and
 * urql speak), on the HTTP server and path of /graphql. A connection is authenticated once, by the
 * bearer token in its `connection_init` payload (connection-auth.ts); each subscription is checked as a
 * query over HTTP is — parsed, validated, its NUL characters refused, priced against the same depth,
 * alias and cost limits, charged to the caller's hourly budget — and every change it hears is executed
 * through the normal resolvers with the caller's rights (event-results.ts). Queries and mutations are
 * answered over HTTP only: the socket serves subscriptions.
 */
export function serveSubscriptions(httpServer: Server, options: SubscriptionServerOptions): SubscriptionServer {
  const { schema, orm, changes, limits, logger } = options;
  const sockets = new WebSocketServer({ server: httpServer, path: options.path, maxPayload: limits.maxMessageBytes });
  const callers = new WeakMap<Connection, Caller>();
  const streams = new WeakMap<ExecutionArgs, AsyncIterableIterator<ExecutionResult>>();

  const contextOf = (caller: Caller, requestId: string): Context =>
    createContext(orm, { viewer: caller.viewer, requestId, logger: logger.child({ requestId }), limitWrites: options.limitWrites, changes, clientAddress: caller.clientAddress });

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => {
      const formatted = options.formatError(error.toJSON(), error);
      // `http` tells Apollo the status of an HTTP answer: nothing a socket's client needs.
      const { http: _, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    });

  /** Everything a query over HTTP goes through before it runs; the source stream is opened here too, so a refusal is an `error` message. */
  async function prepare(connection: Connection, id: string, query: string, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const caller = callers.get(connection);
    if (!caller) return refusal(ErrorCode.UNAUTHENTICATED, 'The connection is not authenticated');
    if (Object.keys(connection.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
      return refusal(ErrorCode.BAD_REQUEST, `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions at once on one connection`);
    }
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      if (error instanceof GraphQLError) return [coded(error, 'GRAPHQL_PARSE_FAILED')];
      throw error;
    }
    const invalid = validate(schema, document);
    if (invalid.length) return invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
    const operation = getOperationAST(document, operationName);
    if (!operation) return refusal(ErrorCode.BAD_REQUEST, 'The document names no operation to run (send operationName when it holds several)');
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return [badRequest('This WebSocket serves subscriptions only: send queries and mutations by HTTP POST to this same URL')];
    }
    const nul = findNulStrings(document, variables ?? undefined);
    if (nul.length) return [new AppError(ErrorCode.BAD_USER_INPUT, `String arguments may not contain NUL (U+0000) characters: ${nul.map((p) => p.field).join(', ')}`, { fields: nul })];
    const requestId = `${caller.connectionId}/${id}`;
    const contextValue = contextOf(caller, requestId);
    let cost;
    try {
      cost = priceOperation(schema, limits, { document, operation, variables: variables ?? undefined });
      if (cost) {
        refuseOverLimit(cost);
        await chargeBudget(options.budget, contextValue.caller, cost);
      }
    } catch (error) {
      if (error instanceof GraphQLError) return [error];
      throw error;
    }
    const args: ExecutionArgs = { schema, document, operationName, variableValues: variables, contextValue };
    contextValue.deadline.start(limits.operationMs);
    const source = await createSourceEventStream(args).finally(() => contextValue.deadline.stop());
    if (!(Symbol.asyncIterator in source)) return source.errors ?? refusal(ErrorCode.INTERNAL_SERVER_ERROR, 'The subscription could not start');
    streams.set(args, eventResults(source[Symbol.asyncIterator](), args, () => contextOf(caller, requestId), limits));
    logger.info({ requestId, operation: operationName ?? operation.name?.value, caller: contextValue.caller, cost: cost?.requestedQueryCost }, 'subscription started');
    return args;
  }

  const server = useServer(
    {
      schema,
      isProd: !options.exposeInternals,
      onConnect: async (connection) => {
        const authenticated = await authenticate(connection, options.auth);
        if (!authenticated) return false;
        const connectionId = randomUUID();
        const stopExpiry = closeAtExpiry(connection, authenticated.expiresAt);
        callers.set(connection, { viewer: authenticated.viewer, clientAddress: authenticated.clientAddress, connectionId, stopExpiry });
        return true;
      },
      onClose: (connection) => callers.get(connection)?.stopExpiry(),
      onComplete: (connection, id) => {
        const caller = callers.get(connection);
        if (caller) logger.info({ requestId: `${caller.connectionId}/${id}` }, 'subscription ended');
      },
      onSubscribe: (connection, id, payload) => prepare(connection, id, payload.query, payload.operationName, payload.variables),
      subscribe: (args) => streams.get(args) ?? { errors: refusal(ErrorCode.INTERNAL_SERVER_ERROR, 'The subscription was not prepared') },
      onNext: (_connection, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_connection, _id, _payload, errors) => format(errors),
    },
    sockets,
  );

  return {
    async close() {
      const open = [...sockets.clients];
      const closed = Promise.all(open.map((socket) => new Promise<void>((resolve) => (socket.readyState === socket.CLOSED ? resolve() : socket.once('close', () => resolve())))));
      for (const socket of open) socket.close(1001, 'Going away: the server is shutting down');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_WAIT_MS)))]);
      clearTimeout(timer);
      for (const socket of sockets.clients) socket.terminate();
      await server.dispose();
    },
  };
}

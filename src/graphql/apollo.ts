import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Config } from '../config/config.js';
import { createErrorFormatter } from '../errors/format-error.js';
import type { Logger } from '../log/logger.js';
import type { Context } from './context.js';
import type { PointBudget } from './budget.js';
import { costPlugin } from './cost.js';
import { deadlinePlugin } from './deadline.js';
import { legacyJsonStatusPlugin } from './legacy-status.js';
import { responseSizePlugin } from './response-size.js';

export type RequestContext = Context & { responseMediaType?: string | false };

/** `budget`: the callers' hourly points, shared with the subscriptions (one count per caller, whatever the transport). */
export function createApolloServer(schema: GraphQLSchema, httpServer: Server, config: Config, logger: Logger, budget: PointBudget, observe: ApolloServerPlugin): ApolloServer<RequestContext> {
  const development = config.env === 'development';
  return new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    // "Did you mean ...?" hints would reveal the schema beyond what a client asked about.
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // main.ts owns shutdown: Apollo's own handler would re-raise the signal before the database closes.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger, development),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The explorer is served by our own route, from npm packages rather than a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // Installed by default, its willResolveField hook makes Apollo wrap every field resolver; no
      // response here carries cache hints.
      ApolloServerPluginCacheControlDisabled(),
      costPlugin(schema, config.limits, budget),
      deadlinePlugin(config.timeouts.operationMs),
      // After the cost plugin: the answer measured is the one sent, extensions.cost included.
      responseSizePlugin(config.maxResponseBytes),
      legacyJsonStatusPlugin,
      // Last: it reads the answer as sent (errors formatted, extensions.cost set).
      observe,
    ],
  });
}

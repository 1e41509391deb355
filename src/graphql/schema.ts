import 'reflect-metadata';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker.js';
import type { DomainModule } from '../domain-module.js';
import { readPropertiesDirectly } from './property-fields.js';

/**
 * type-graphql requires a PubSub as soon as the schema has a subscription, even when every @Subscription
 * brings its own `subscribe`, as ours do: each takes its changes from the bus of the instance serving it
 * (`context.changes`, live/change-bus.ts). The schema is built once per process and may serve several
 * instances (the tests start some side by side), so no process-wide PubSub could be the right one.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('Changes are published by write() on the instance bus (context.changes), not by topic');
  },
  subscribe: () => {
    throw new Error('Subscriptions take their changes from context.changes: give @Subscription a `subscribe`, not `topics`');
  },
};

/** The schema of the API, from the decorated classes the modules contribute. */
export async function buildApiSchema(modules: DomainModule[]): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: modules.flatMap((m) => m.resolvers ?? []) as NonEmptyArray<Function>,
    orphanedTypes: modules.flatMap((m) => m.types ?? []),
    validate: { forbidUnknownValues: false },
    authChecker,
    pubSub: NO_TOPICS,
    emitSchemaFile: false,
  });
  return readPropertiesDirectly(describeRootTypes(schema));
}

/** type-graphql gives the root types no way to carry a description: they get theirs here. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const descriptions = [
    [schema.getQueryType(), 'The directory\'s entry points: look up a node by its global ID, search, list and ask questions of the network. Reads are public unless a field says otherwise.'],
    [schema.getMutationType(), 'Writes, each one transaction with its audit entry. Every write needs a bearer token whose role allows it; stale versions are refused with CONFLICT.'],
    [schema.getSubscriptionType(), 'Live changes over WebSocket (graphql-ws), for the secretariat\'s screens: each event follows a committed write, on any server instance sharing the database.'],
  ] as const;
  for (const [type, description] of descriptions) if (type) type.description = description;
  return schema;
}

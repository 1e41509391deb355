import 'reflect-metadata';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker.js';
import type { DomainModule } from '../domain-module.js';
import { readPropertiesDirectly } from './property-fields.js';

/** The schema of the API, from the decorated classes the modules contribute. */
export async function buildApiSchema(modules: DomainModule[]): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: modules.flatMap((m) => m.resolvers ?? []) as NonEmptyArray<Function>,
    orphanedTypes: modules.flatMap((m) => m.types ?? []),
    validate: { forbidUnknownValues: false },
    authChecker,
    emitSchemaFile: false,
  });
  return readPropertiesDirectly(schema);
}

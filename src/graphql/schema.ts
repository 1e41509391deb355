import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { CountryResolver } from '../modules/country/country.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { ORGANIZATION_OBJECT_TYPES } from '../modules/organization/organization.types.js';
import { NodeResolver } from '../relay/node.resolver.js';

let schema: Promise<GraphQLSchema> | undefined;

/** The one schema of the API, built once per process from the decorated classes. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [NodeResolver, OrganizationResolver, CountryResolver],
    orphanedTypes: [...ORGANIZATION_OBJECT_TYPES],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return schema;
}

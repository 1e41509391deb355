import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every `@Field` a resolver that runs its middleware chain (empty here) before reading
 * the property: per field of every row, the largest cost of a big list after the SQL. A field that only
 * reads a property (no field resolver, no roles, no middleware, no arguments) reads it directly instead.
 * `simpleResolvers` cannot be used: it falls back to graphql's default resolver, which reads the
 * *schema* name (`id`) where the property has another (`globalId`).
 */
export function readPropertiesDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!(type instanceof GraphQLObjectType)) continue;
    const inChain = (target: Function) => target === objectType.target || objectType.target.prototype instanceof target;
    const fields = type.getFields();
    for (const field of storage.fields) {
      const graphqlField = fields[field.schemaName];
      if (!graphqlField || !inChain(field.target)) continue;
      if (field.roles?.length || field.middlewares?.length || field.params?.length || graphqlField.args.length) continue;
      if (storage.fieldResolvers.some((r) => r.methodName === field.name && inChain(r.getObjectType?.() ?? r.target))) continue;
      const property = field.name;
      graphqlField.resolve = ((source: Record<string, unknown>) => source[property]) as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}

import {
  getArgumentValues,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * Introspection answers from the schema in memory, so a value of it is cheaper than a row: one point
 * per this many values. The standard introspection query of this schema (~20,000 values) costs ~1,000.
 */
export const INTROSPECTION_VALUES_PER_POINT = 20;

export interface IntrospectionScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

const TOO_LARGE = Symbol('introspection answer too large');

/**
 * The values `__schema` or `__type` would answer with (every object, list item and leaf), counted by
 * walking the schema with the selection rather than building the answer, and given up past `limit`
 * (then `limit + 1`). Its nested lists (`types { fields { type { fields ... } } }`) multiply by the real
 * number of types and fields, which a static estimate can only guess at.
 */
export function introspectionSize(scope: IntrospectionScope, field: FieldNode, limit: number): number {
  const { schema, fragments, variables } = scope;
  const info = { schema } as GraphQLResolveInfo;
  let count = 0;
  const tick = () => {
    if (++count > limit) throw TOO_LARGE;
  };

  function* fieldsOf(selectionSet: SelectionSetNode): Generator<FieldNode> {
    for (const selection of selectionSet.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if === false) continue;
      if (selection.kind === Kind.FIELD) yield selection;
      else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(selection.selectionSet);
      else {
        // Introspection types belong to no union or interface: every valid spread applies.
        const fragment = fragments[selection.name.value];
        if (fragment) yield* fieldsOf(fragment.selectionSet);
      }
    }
  }

  const visit = (value: unknown, type: GraphQLOutputType, selectionSet: SelectionSetNode | undefined): void => {
    const named = isNonNullType(type) ? type.ofType : type;
    tick();
    if (value == null || isLeafType(named)) return;
    if (isListType(named)) {
      for (const item of value as Iterable<unknown>) visit(item, named.ofType, selectionSet);
      return;
    }
    if (!isObjectType(named) || !selectionSet) return;
    for (const node of fieldsOf(selectionSet)) {
      if (node.name.value === '__typename') {
        tick();
        continue;
      }
      const definition = named.getFields()[node.name.value];
      if (!definition) continue;
      const args = getArgumentValues(definition, node, variables);
      const child = definition.resolve ? definition.resolve(value, args, undefined, info) : (value as Record<string, unknown>)[node.name.value];
      visit(child, definition.type, node.selectionSet);
    }
  };

  try {
    if (field.name.value === SchemaMetaFieldDef.name) visit(schema, SchemaMetaFieldDef.type, field.selectionSet);
    else {
      const { name } = getArgumentValues(TypeMetaFieldDef, field, variables);
      visit(schema.getType(String(name)), TypeMetaFieldDef.type, field.selectionSet);
    }
  } catch (error) {
    if (error === TOO_LARGE) return limit + 1;
    throw error;
  }
  return count;
}

/** How many `__schema` fields an operation selects, counting a fragment once per spread. */
export function schemaFieldCount(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Map<string, number>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === SchemaMetaFieldDef.name) count++;
      if (selection.selectionSet) count += schemaFieldCount(selection.selectionSet, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += schemaFieldCount(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      if (!seen.has(name)) {
        seen.set(name, 0); // validation has refused cycles; this only stops re-walking a fragment
        const fragment = fragments[name];
        seen.set(name, fragment ? schemaFieldCount(fragment.selectionSet, fragments, seen) : 0);
      }
      count += seen.get(name)!;
    }
  }
  return count;
}

import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which fields the client selected below the current field, along a path of field names (`['edges',
 * 'node']`), through fragments and aliases. A loader uses it to fetch a level together with its parent
 * (one statement instead of two waves). Type conditions and @skip/@include are not evaluated: a field
 * named anywhere counts, which can only fetch a little more than needed, never less.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = childFields(info, level).filter((field) => field.name.value === name);
  return new Set(childFields(info, level).map((field) => field.name.value));
}

/** The fields a connection's nodes select, through `edges { node }` or `nodes`. */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  return new Set([...selectedFields(info, ['edges', 'node']), ...selectedFields(info, ['nodes'])]);
}

function childFields(info: GraphQLResolveInfo, fields: readonly FieldNode[]): FieldNode[] {
  const children: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) children.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const field of fields) visit(field.selectionSet, new Set());
  return children;
}

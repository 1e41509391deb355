import { Kind, OperationTypeNode, visit, type ASTNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { AppError, badRequest, ErrorCode, type FieldProblem } from './errors.js';

const NUL = '\u0000';

/** The argument path of a value in the document: `filter.province`, `ids[1]`, or `$name` for a variable default. */
function argumentPath(ancestors: readonly (ASTNode | readonly ASTNode[])[], parent: ASTNode | readonly ASTNode[] | undefined, node: ASTNode): string {
  // visit() hands the ancestors above the parent, then the parent itself.
  const chain = parent === undefined ? [...ancestors, node] : [...ancestors, parent, node];
  let path = '';
  chain.forEach((n, i) => {
    if (Array.isArray(n)) return;
    const a = n as ASTNode;
    if (a.kind === Kind.ARGUMENT) path = a.name.value;
    else if (a.kind === Kind.VARIABLE_DEFINITION) path = `$${a.variable.name.value}`;
    else if (a.kind === Kind.OBJECT_FIELD) path += `.${a.name.value}`;
    else if (a.kind === Kind.LIST && path) {
      // ancestors hold the list node, then its `values` array, then the element on the way down.
      const index = a.values.indexOf(chain[i + 2] as never);
      if (index >= 0) path += `[${index}]`;
    }
  });
  return path;
}

/** Where each variable is used as (part of) an argument, so a bad variable is reported by the argument it feeds. */
function variableUses(document: DocumentNode): Map<string, string> {
  const uses = new Map<string, string>();
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      if (uses.has(node.name.value)) return;
      const path = argumentPath(ancestors, parent, node);
      if (path && !path.startsWith('$')) uses.set(node.name.value, path);
    },
  });
  return uses;
}

/** Deeper than any input type of the schema nests: graphql-js refuses the variable on its own. */
const MAX_VALUE_DEPTH = 32;

function nulInValue(value: unknown, at: string, found: FieldProblem[], depth = 0): void {
  if (found.length >= 10 || depth > MAX_VALUE_DEPTH) return;
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push({ field: at, message: 'contains a NUL (U+0000) character' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulInValue(v, `${at}[${i}]`, found, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nulInValue(v, `${at}.${k}`, found, depth + 1);
  }
}

/**
 * PostgreSQL cannot store or compare a NUL character in text, so a string argument holding one could only
 * fail inside SQL. Refused here, before any statement runs, naming the argument (or the variable).
 */
export function findNulStrings(document: DocumentNode, variables: Record<string, unknown> | undefined): FieldProblem[] {
  const found: FieldProblem[] = [];
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found.length < 10 && node.value.includes(NUL)) {
        found.push({ field: argumentPath(ancestors, parent, node) || 'query', message: 'contains a NUL (U+0000) character' });
      }
    },
  });
  if (variables && typeof variables === 'object') {
    const uses = variableUses(document);
    for (const [name, value] of Object.entries(variables)) nulInValue(value, uses.get(name) ?? `$${name}`, found);
  }
  return found;
}

/**
 * Mistakes a client can make that the schema does not catch, refused as request errors (nothing executes):
 * HTTP 400, or 200 for clients of the legacy `application/json` (legacy-status.ts).
 */
/**
 * A subscription lives as long as its screen, which one HTTP answer does not: it is served over a
 * WebSocket at the same URL (live/subscriptions.ts), as the graphql-ws clients of Apollo and urql expect.
 */
export const SUBSCRIPTION_OVER_HTTP =
  'Subscriptions are served over WebSocket, not HTTP: open a WebSocket to this same URL (ws:// or wss://) speaking graphql-transport-ws, the protocol of the graphql-ws library (Apollo Client’s GraphQLWsLink, urql’s subscriptionExchange)';

/** Requests (their context objects) refused by `refuseClientMistakes`, for the status they are answered with. */
export const refusedAsClientMistake = new WeakSet<object>();

export function refuseClientMistakes(document: DocumentNode, operation: OperationDefinitionNode | undefined | null, variables: Record<string, unknown> | undefined): AppError | undefined {
  if (operation?.operation === OperationTypeNode.SUBSCRIPTION) {
    return badRequest(SUBSCRIPTION_OVER_HTTP, { protocol: 'graphql-transport-ws', http: { status: 400 } });
  }
  const nul = findNulStrings(document, variables);
  if (nul.length) {
    return new AppError(ErrorCode.BAD_USER_INPUT, `String arguments may not contain NUL (U+0000) characters: ${nul.map((p) => p.field).join(', ')}`, { fields: nul, http: { status: 400 } });
  }
  return undefined;
}

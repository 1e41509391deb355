// The schema lint of issue 14 item 3, shared by test/api/schema-lint.test.ts and `node test/api/schema-lint.mjs`
// (which prints what is still undocumented): graphql-eslint's schema-recommended and schema-relay rule sets
// over schema.graphql, with require-description widened to every field, argument, input field and enum value.
import { ESLint } from 'eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Where the rule sets' defaults do not fit this schema, and why:
 * - strict-id-in-types: connections, edges and payloads are wrappers, not entities; the value types listed
 *   in the test (a count, a path, an attendance figure) have no identity of their own.
 * - relay-edge-types: the plain lists kept on purpose are pinned with their reasons in connections.test.ts,
 *   and `nodes` beside `edges` is GitHub's convention.
 * - relay-arguments: a connection may page forward only (`search`: a relevance ranking has no keyset to
 *   read backwards), as the Relay specification allows.
 */
export function lintConfig(valueTypes = []) {
  const { rules: recommended } = graphqlPlugin.configs['flat/schema-recommended'];
  const { rules: relay } = graphqlPlugin.configs['flat/schema-relay'];
  return [{
    files: ['**/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: `${root}/schema.graphql` } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...recommended,
      ...relay,
      '@graphql-eslint/require-description': ['error', {
        types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true,
      }],
      '@graphql-eslint/strict-id-in-types': ['error', {
        acceptedIdNames: ['id'], acceptedIdTypes: ['ID'],
        exceptions: { suffixes: ['Connection', 'Edge', 'Payload'], types: ['PageInfo', ...valueTypes] },
      }],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
    },
  }];
}

export async function lintSchema(valueTypes = []) {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: lintConfig(valueTypes) });
  const [result] = await eslint.lintFiles(['schema.graphql']);
  return result.messages.map((message) => ({ rule: message.ruleId, line: message.line, message: message.message }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const messages = await lintSchema();
  const byRule = {};
  for (const { rule } of messages) byRule[rule] = (byRule[rule] ?? 0) + 1;
  const only = process.argv[2];
  for (const { rule, line, message } of messages) if (!only || rule.endsWith(only)) console.log(`schema.graphql:${line} ${rule} ${message}`);
  console.log(byRule);
}

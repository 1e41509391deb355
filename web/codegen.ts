import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for every operation in src/, from the server's committed schema (the one `npm run schema:print` writes). */
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        // Scalars as they travel in JSON.
        scalars: {
          Date: 'string',
          DateTime: 'string',
          URL: 'string',
          CountryCode: 'string',
          EmailAddress: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;

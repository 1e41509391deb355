/** Jest in ESM mode with swc (decorator metadata on, as type-graphql and MikroORM need). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // graphql 16 ships CJS and ESM copies; Node loads the CJS one everywhere, Jest must do the same
    // or type-graphql (CJS) and Apollo would see two different `graphql` modules.
    '^graphql$': '<rootDir>/node_modules/graphql/index.js',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
          keepClassNames: true,
        },
        module: { type: 'es6' },
      },
    ],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Generous: on a loaded 2-core machine two embedded engines starting together in one beforeAll have
  // taken over a minute. Nothing here is a timing assertion.
  testTimeout: 120000,
  maxWorkers: 2,
};

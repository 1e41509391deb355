// Mutation testing (`npm run test:mutation`): StrykerJS plants one small bug at a time in the code that
// decides answers and rights, and runs the end-to-end tests that cover it (real server, real PostgreSQL,
// a database per test file, so the two workers never share data). See README, "Mutation testing".

// The areas mutated, each runnable alone: `MUTATION_AREA=auth npm run test:mutation` (its own
// incremental file and report, so a long run can be done an area at a time).
const AREAS = {
  auth: ['src/auth/**/*.ts'],
  // the write door and its inputs
  writes: ['src/writes/**/*.ts', 'src/modules/organization/organization.rights.ts'],
  // paging, cursors, global IDs, temporal reads
  relay: ['src/relay/**/*.ts', 'src/db/partial-date.ts'],
  // cost and limits
  cost: ['src/graphql/cost.ts', 'src/graphql/prices.ts', 'src/graphql/budget.ts', 'src/graphql/introspection-cost.ts'],
  attendance: ['src/modules/**/attendance*.ts'],
  // geography: province resolution and scope, the remap of NGO areas. Not province.resolver.ts: Stryker's
  // instrumenter drops the decorator of a parameter with a default value (`@Arg(...) filter = {}`), so
  // the instrumented schema would lose `provinces(filter:)`.
  geography: ['src/modules/province/geography.ts', 'src/modules/ngo/ngo.service.ts:72-108'],
  exports: ['src/http/csv.ts', 'src/modules/body/body.export.ts'],
};
const area = process.env.MUTATION_AREA;
if (area && !AREAS[area]) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(', ')}`);
const name = area ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  // Jest runs the tests as ECMAScript modules.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  // findRelatedTests finds no test here (it does not follow the `.js` import mapping): coverage selects instead.
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.mjs', enableFindRelatedTests: false },
  // Each mutant runs only the tests that executed its code in the first (dry) run.
  coverageAnalysis: 'perTest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  // Code run only while modules load (decorator options: GraphQL names and descriptions, constants) is
  // not mutated: the schema file test pins the schema, and running every test per such mutant is too slow.
  ignoreStatic: true,
  mutate: [
    ...(area ? AREAS[area] : Object.values(AREAS).flat()),
    // never entity files or migrations (there are no type declaration files under src/)
    '!src/**/*.entity.ts',
    '!src/db/migrations/**',
  ],
  concurrency: 2,
  timeoutMS: 30000,
  // The first run (every covered test, with coverage) takes 10–20 minutes on a loaded 2-core machine.
  dryRunTimeoutMinutes: 60,
  incremental: true,
  // Committed, so that a later run re-tests only the mutants of changed code or tests.
  incrementalFile: `test/mutation/results/${name}.json`,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'coverage', 'reports', 'bench-results', '.data', '*.log'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  thresholds: { high: 90, low: 80, break: null },
};

/**
 * Jest as Stryker runs it (`npm run test:mutation`): the normal configuration (real server, a database
 * of its own per test file) over the test files that check the mutated areas. Left out: tests of
 * child processes and start-up (their coverage cannot reach Stryker, and they take most of the suite's
 * time), the load/benchmark tests and the hostile-input sweep (hundreds of requests per mutant).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import base from './jest.config.js';

const FILES = [
  'api/rate-limit',
  'auth/private-fields',
  'behaviour/geography',
  'behaviour/paging-and-cost',
  'behaviour/province-remap',
  'behaviour/provinces-and-order',
  'behaviour/registration-validity',
  'behaviour/rosters',
  'behaviour/writes',
  'hardening/client-mistakes',
  'hardening/contacts',
  'hardening/cost-limits',
  'hardening/csv-export',
  'hardening/attacker-review',
  'hardening/event-rights',
  'hardening/lazy-relations',
  'hardening/remap-audit',
  'hardening/single-seat',
  'hardening/tokens-and-cursors',
  'foundation/limits',
  'graph/graph',
  'ngo/ngo',
  'organization/organization',
  'secretariat/secretariat',
  'writes/membership-writes',
  'writes/role-matrix',
];

export default {
  ...base,
  // Stryker's sandbox links node_modules: name graphql's CJS entry by its resolved path, not <rootDir>.
  moduleNameMapper: { ...base.moduleNameMapper, '^graphql$': createRequire(import.meta.url).resolve('graphql') },
  // Under Stryker: a mutant's run loads only the test files of the tests that cover it (see support/).
  // An absolute path: Stryker resolves the environment itself, before Jest replaces <rootDir>.
  testEnvironment: fileURLToPath(new URL('./test/mutation/support/bail-environment.cjs', import.meta.url)),
  setupFilesAfterEnv: ['<rootDir>/test/mutation/support/record-test-names.ts'],
  testSequencer: '<rootDir>/test/mutation/support/sequencer.mjs',
  testMatch: [...FILES.map((f) => `<rootDir>/test/${f}.test.ts`), '<rootDir>/test/mutation/**/*.test.ts'],
};

import { appendFileSync } from 'node:fs';

/**
 * Under Stryker only (its test environment sets `__stryker__`), during the first run of all tests: notes
 * which file holds each test, so that `sequencer.mjs` can load only the files of the tests that cover a
 * mutant. Written in the sandbox Stryker creates for each run, so it never goes stale.
 */
export const TEST_NAMES_FILE = '.stryker-test-names.jsonl';

if ((globalThis as { __stryker__?: unknown }).__stryker__ && !process.env.__STRYKER_ACTIVE_MUTANT__) {
  beforeEach(() => {
    const { testPath, currentTestName } = expect.getState();
    appendFileSync(TEST_NAMES_FILE, `${JSON.stringify({ file: testPath, name: currentTestName })}\n`);
  });
}

'use strict';
/**
 * The Node test environment, bailing out under Stryker: once a test has failed with the active mutant
 * (it is killed), the remaining tests of that mutant's run are skipped, and so are the servers their
 * files would start (a describe block without an enabled test runs no beforeAll). Jest's own `bail`
 * cannot be used by Stryker. Outside a mutant's run (no __STRYKER_ACTIVE_MUTANT__) nothing changes.
 */
const { TestEnvironment } = require('jest-environment-node');

/** The mutant a test has already failed for: the same process runs a mutant's test files one by one. */
let killed;

function skipAll(block) {
  for (const child of block.children) {
    if (child.type === 'describeBlock') skipAll(child);
    else child.mode = 'skip';
  }
}

class BailEnvironment extends TestEnvironment {
  async handleTestEvent(event, state) {
    await super.handleTestEvent?.(event, state);
    const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
    if (!mutant) return;
    if (event.name === 'test_done' && event.test.errors.length > 0) killed = mutant;
    if (killed !== mutant) return;
    if (event.name === 'run_describe_start') skipAll(event.describeBlock);
    else if (event.name === 'test_start') event.test.mode = 'skip';
  }
}

module.exports = BailEnvironment;

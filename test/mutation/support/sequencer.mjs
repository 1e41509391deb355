import { existsSync, readFileSync } from 'node:fs';

/**
 * Jest's test sequencer as Stryker runs a mutant. Stryker selects the tests covering the mutant by name
 * (`testNamePattern`), but Jest would still load every test file (about a second each: the whole server's
 * module graph); this keeps only the files that hold a selected test, as `record-test-names.ts` noted
 * them in the first run. Outside Stryker, or for a file it knows nothing of, nothing is left out.
 */
const TEST_NAMES_FILE = '.stryker-test-names.jsonl';

export default class MutationSequencer {
  constructor({ globalConfig } = {}) {
    this.pattern = globalConfig?.testNamePattern;
  }

  shard(tests) {
    return tests;
  }

  allFailedTests(tests) {
    return tests;
  }

  cacheResults() {}

  sort(tests) {
    const ordered = [...tests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (!this.pattern || !process.env.__STRYKER_ACTIVE_MUTANT__ || !existsSync(TEST_NAMES_FILE)) return ordered;
    const selected = new RegExp(this.pattern, 'i');
    const known = new Set();
    const wanted = new Set();
    for (const line of readFileSync(TEST_NAMES_FILE, 'utf8').split('\n')) {
      if (!line) continue;
      const { file, name } = JSON.parse(line);
      known.add(file);
      if (selected.test(name)) wanted.add(file);
    }
    return ordered.filter((test) => wanted.has(test.path) || !known.has(test.path));
  }
}

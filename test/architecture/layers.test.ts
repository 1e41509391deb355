import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The plumbing (database, GraphQL, relay, auth, errors, writes, HTTP …) never imports a domain module:
 * modules contribute what they add through src/modules.ts, assembled at the top with app.ts.
 */
const SRC = new URL('../../src/', import.meta.url).pathname;
const TOP = new Set(['modules.ts', 'app.ts', 'main.ts']);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : [path.join(dir, e.name)])));
  return nested.flat().filter((f) => f.endsWith('.ts'));
}

it('no plumbing file imports a module or the seeds', async () => {
  const plumbing = (await sourceFiles(SRC)).filter((f) => {
    const relative = path.relative(SRC, f);
    return !relative.startsWith('modules/') && !relative.startsWith('scripts/') && !TOP.has(relative);
  });
  expect(plumbing.length).toBeGreaterThan(30);
  const offending: string[] = [];
  for (const file of plumbing) {
    for (const [, target] of (await readFile(file, 'utf8')).matchAll(/from '([^']+)'/g)) {
      if (!target.startsWith('.')) continue;
      const resolved = path.relative(SRC, path.resolve(path.dirname(file), target));
      if (resolved.startsWith('modules/') || resolved.startsWith('../seeds')) offending.push(`${path.relative(SRC, file)} → ${target}`);
    }
  }
  expect(offending).toEqual([]);
});

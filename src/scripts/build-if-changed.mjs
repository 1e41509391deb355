// `npm start` and `npm install` build the server only when a source changed since the last build
// (tsc takes 10–30 s even when nothing changed; comparing file times takes milliseconds).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STAMP = path.join(ROOT, 'dist', '.sources');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

// Every input's name, size and time: an added, removed or edited file changes it.
const hash = createHash('sha256');
for (const input of [...files(path.join(ROOT, 'src')), ...files(path.join(ROOT, 'seeds')), ...files(path.join(ROOT, 'test')), path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'package-lock.json')]) {
  if (!existsSync(input)) continue;
  const { size, mtimeMs } = statSync(input);
  hash.update(`${path.relative(ROOT, input)}\0${size}\0${mtimeMs}\n`);
}
const sources = hash.digest('hex');

if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sources) {
  // On stderr: stdout stays the command's own (`npm run token`, the server's JSON lines).
  console.error('build: dist is up to date');
} else {
  // From clean, so that no output of a deleted source lingers.
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.json')], { stdio: ['ignore', process.stderr, process.stderr] });
  writeFileSync(STAMP, sources);
  console.error('build: dist rebuilt');
}

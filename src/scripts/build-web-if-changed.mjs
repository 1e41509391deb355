// `npm install` and `npm start` build the web app (web/) only when one of its sources changed since the last
// build: GraphQL types from schema.graphql (graphql-codegen), then the static files (Vite), each compressed
// ahead of time so that the server sends them as they are. Like build-if-changed.mjs, it compares names,
// sizes and times of the inputs, which takes milliseconds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB = path.join(ROOT, 'web');
const DIST = path.join(WEB, 'dist');
const STAMP = path.join(DIST, '.sources');
const GENERATED = path.join(WEB, 'src', 'gql');

function* files(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === GENERATED) continue; // written by the build itself
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

const inputs = [
  ...files(path.join(WEB, 'src')),
  ...files(path.join(WEB, 'public')),
  ...['index.html', 'vite.config.ts', 'codegen.ts', 'tsconfig.json', 'package.json'].map((f) => path.join(WEB, f)),
  path.join(ROOT, 'schema.graphql'),
  path.join(ROOT, 'package-lock.json'),
  fileURLToPath(import.meta.url),
];
const hash = createHash('sha256');
for (const input of inputs) {
  if (!existsSync(input)) continue;
  const { size, mtimeMs } = statSync(input);
  hash.update(`${path.relative(ROOT, input)}\0${size}\0${mtimeMs}\n`);
}
const sources = hash.digest('hex');

if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sources) {
  console.error('build: web/dist is up to date');
} else {
  const started = Date.now();
  // Each tool's own entry point, run by this Node (npm scripts give Node 24: node_modules/.bin/node).
  const require = createRequire(path.join(WEB, 'package.json'));
  const bin = (pkg, name) => {
    const manifest = require(`${pkg}/package.json`);
    const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
    return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), relative);
  };
  const run = (file, args) => execFileSync(process.execPath, [file, ...args], { cwd: WEB, stdio: ['ignore', process.stderr, process.stderr], env: { ...process.env, NODE_ENV: 'production' } });
  run(bin('@graphql-codegen/cli', 'graphql-codegen'), ['--config', 'codegen.ts', '--errors-only']);
  run(bin('vite', 'vite'), ['build', '--logLevel', 'warn']);
  // Compressed once here rather than on every request.
  let compressed = 0;
  for (const file of files(path.join(DIST, 'assets'))) {
    if (!/\.(js|css|svg|json)$/.test(file)) continue;
    const raw = readFileSync(file);
    if (raw.length < 1024) continue;
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }));
    compressed++;
  }
  writeFileSync(STAMP, sources);
  console.error(`build: web/dist rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s (${compressed} files compressed)`);
}

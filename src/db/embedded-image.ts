import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The image of a new embedded database. Creating a PGlite data directory runs initdb in WebAssembly
 * (10–15 s); unpacking a directory made earlier takes 2–3 s. `npm install` makes the image once
 * (initdb, migrations, the real seed: `src/scripts/embedded-image.ts`), and a first start on an empty data
 * directory unpacks it, then applies what is pending as on any start. An image is named after the
 * migrations, the seed (with the package the reference countries come from) and the engine it was made from,
 * so a change to any of them makes a new one.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/dist\/?$/, '');

async function* sourcesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourcesUnder(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

/** `seeded`: migrated and holding the real seed; `empty`: migrated, with reference data only (SEED_ON_START=false, tests). */
export type ImageKind = 'seeded' | 'empty';

/** Where the image for the current migrations, seed and engine is (whether or not it exists yet). */
export async function embeddedImagePath(kind: ImageKind): Promise<string> {
  const hash = createHash('sha256');
  const inputs = [path.join(ROOT, 'src/db/migrations'), path.join(ROOT, 'seeds/real'), path.join(ROOT, 'seeds/reference')];
  for (const dir of inputs) for await (const file of sourcesUnder(dir)) hash.update(`${path.relative(ROOT, file)}\0`).update(await readFile(file));
  hash.update(await readFile(path.join(ROOT, 'seeds/load-real.ts')));
  const version = async (pkg: string) => JSON.parse(await readFile(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  hash.update(`pglite ${await version('@electric-sql/pglite')}`);
  // the countries of the reference data not in seeds/real
  hash.update(`i18n-iso-countries ${await version('i18n-iso-countries')}`);
  return path.join(ROOT, '.data', 'images', `${hash.digest('hex').slice(0, 16)}-${kind}.tar.gz`);
}

/** The image to start a new embedded database from, when one was made for the current sources. */
export async function currentEmbeddedImage(kind: ImageKind): Promise<string | undefined> {
  try {
    const image = await embeddedImagePath(kind);
    return existsSync(image) ? image : undefined;
  } catch {
    // Sources not at hand (an installed build without them): a new database is created from nothing.
    return undefined;
  }
}

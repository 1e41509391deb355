import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seedRealDataWhenEmpty, ensureReferenceData } from '../../seeds/load-real.js';
import { embeddedImagePath } from '../db/embedded-image.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded.js';
import { openOrm } from '../db/orm.js';
import { prepareDatabase } from '../db/prepare.js';
import { createLogger } from '../log/logger.js';
import { ENTITIES } from '../modules.js';

/**
 * Makes the images new embedded databases start from (see src/db/embedded-image.ts) unless those for the
 * current migrations, seed and engine exist: one engine, migrated (the empty image), then seeded (the
 * seeded image). Run by `npm install`.
 */
const images = { empty: await embeddedImagePath('empty'), seeded: await embeddedImagePath('seeded') };
if (existsSync(images.empty) && existsSync(images.seeded)) {
  console.log(`embedded images: up to date (${path.relative(process.cwd(), path.dirname(images.empty))})`);
} else {
  const started = Date.now();
  const embedded = await startEmbeddedPostgres('memory://');
  try {
    const orm = await openOrm(embedded.url, ENTITIES, { singleConnection: true });
    const logger = createLogger('warn');
    await prepareDatabase(orm, logger, { seed: ensureReferenceData, embedded: true });
    await save(embedded, images.empty);
    await prepareDatabase(orm, logger, { seed: seedRealDataWhenEmpty, embedded: true });
    await save(embedded, images.seeded);
    await orm.close(true);
    console.log(`embedded images: made in ${((Date.now() - started) / 1000).toFixed(1)} s (${path.relative(process.cwd(), path.dirname(images.empty))})`);
  } finally {
    await embedded.stop();
  }
}

async function save(embedded: EmbeddedPostgres, image: string): Promise<void> {
  const dump = Buffer.from(await (await embedded.dump()).arrayBuffer());
  await mkdir(path.dirname(image), { recursive: true });
  // Written whole, then renamed: a start never reads half an image.
  await writeFile(`${image}.partial`, dump);
  await rename(`${image}.partial`, image);
}

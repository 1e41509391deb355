import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seedRealDataWhenEmpty } from '../../seeds/load-real.js';
import { embeddedImagePath } from '../db/embedded-image.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import { openOrm } from '../db/orm.js';
import { prepareDatabase } from '../db/prepare.js';
import { createLogger } from '../log/logger.js';
import { ENTITIES } from '../modules.js';

/**
 * Makes the image new embedded databases start from (see src/db/embedded-image.ts), unless the one for
 * the current migrations, seed and engine exists. Run by `npm install`.
 */
const image = await embeddedImagePath();
if (existsSync(image)) {
  console.log(`embedded image: up to date (${path.relative(process.cwd(), image)})`);
} else {
  const started = Date.now();
  const embedded = await startEmbeddedPostgres('memory://');
  try {
    const orm = await openOrm(embedded.url, ENTITIES, { singleConnection: true });
    await prepareDatabase(orm, createLogger('warn'), { seed: seedRealDataWhenEmpty, embedded: true });
    await orm.close(true);
    const dump = Buffer.from(await (await embedded.dump()).arrayBuffer());
    await mkdir(path.dirname(image), { recursive: true });
    // Written whole, then renamed: a start never reads half an image.
    await writeFile(`${image}.partial`, dump);
    await rename(`${image}.partial`, image);
    console.log(`embedded image: made in ${((Date.now() - started) / 1000).toFixed(1)} s (${(dump.length / 1e6).toFixed(1)} MB, ${path.relative(process.cwd(), image)})`);
  } finally {
    await embedded.stop();
  }
}

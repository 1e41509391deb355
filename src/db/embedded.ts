import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /** Whether this new database was unpacked from an image (embedded-image.ts) rather than created empty. */
  fromImage: boolean;
  /** The whole data directory, gzipped: an image for new databases. */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** A gzipped data directory to start from when `dataDir` holds no database yet. */
  image?: string;
}

/**
 * The real PostgreSQL engine (PGlite, WebAssembly) behind a local socket, so the ordinary
 * postgresql driver and migrations work unchanged. Data persists in `dataDir`.
 */
export async function startEmbeddedPostgres(dataDir: string, { image }: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  const isNew = inMemory || !existsSync(path.join(dataDir, 'PG_VERSION'));
  const loadDataDir = isNew && image ? new Blob([await readFile(image)]) : undefined;
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, btree_gist }, loadDataDir });
  const socket = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await socket.start();
  const address = socket.getServerConn();
  // Only the `postgres` database works through the socket (see STACK.md).
  const url = `postgresql://postgres@${address}/postgres`;
  return {
    url,
    fromImage: Boolean(loadDataDir),
    dump: () => db.dumpDataDir('gzip') as Promise<Blob>,
    async stop() {
      await socket.stop();
      await db.close();
    },
  };
}

import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * The real PostgreSQL engine (PGlite, WebAssembly) behind a local socket, so the ordinary
 * postgresql driver and migrations work unchanged. Data persists in `dataDir`.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm, btree_gist } });
  const socket = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await socket.start();
  const address = socket.getServerConn();
  // Only the `postgres` database works through the socket (see STACK.md).
  const url = `postgresql://postgres@${address}/postgres`;
  return {
    url,
    async stop() {
      await socket.stop();
      await db.close();
    },
  };
}

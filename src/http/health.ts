import express, { type Router } from 'express';
import type { Readiness } from '../db/database.js';
import { RETRY_AFTER_SECONDS } from '../errors/errors.js';

/** Liveness: the process answers. Readiness: the database answers too (a real round trip). */
export function healthRouter(isReady: () => Promise<Readiness>): Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (req, res) => {
    const readiness = await isReady().catch((error: unknown): Readiness => ({ ready: false, reason: error instanceof Error ? error.message : String(error) }));
    if (!readiness.ready) {
      // The reason stays in the log: the probe's caller only learns that the database is down.
      req.log?.warn({ reason: readiness.reason }, 'not ready: the database does not answer');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    }
    res.status(readiness.ready ? 200 : 503).json({ status: readiness.ready ? 'ok' : 'unavailable', checks: { database: readiness.ready ? 'ok' : 'down' } });
  });
  return router;
}

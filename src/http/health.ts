import express, { type Router } from 'express';

/** Liveness: the process answers. Readiness: the database answers too. */
export function healthRouter(isReady: () => Promise<boolean>): Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const ready = await isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks: { database: ready ? 'ok' : 'down' } });
  });
  return router;
}

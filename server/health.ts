// GET /healthz: the process answers. GET /readyz: every registered readiness check passes.
import { Router } from 'express';
import type { ReadinessRegistry } from './platform/readiness.js';

export function createHealthRouter(readiness: ReadinessRegistry): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  router.get('/readyz', async (_req, res) => {
    const result = await readiness.run();
    res.status(result.ready ? 200 : 503).json({ status: result.ready ? 'ready' : 'not_ready', checks: result.checks });
  });
  return router;
}

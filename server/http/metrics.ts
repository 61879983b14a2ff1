import type { Hocuspocus } from '@hocuspocus/server';
import { Router } from 'express';
import { requireAdmin } from '../auth/middleware';

/** `GET /api/metrics` (administrator): what the process holds now, for monitoring and benchmarks. */
export function metricsRoutes(hocuspocus: Hocuspocus): Router {
  const router = Router();
  router.get('/metrics', requireAdmin, (_req, res) => {
    const memory = process.memoryUsage();
    res.json({
      documentsLoaded: hocuspocus.getDocumentsCount(),
      connections: hocuspocus.getConnectionsCount(),
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      uptimeSeconds: Math.round(process.uptime()),
    });
  });
  return router;
}

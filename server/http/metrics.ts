import { Router } from 'express';
import { requireAdmin } from '../auth/middleware';
import type { DocumentGateway } from '../collab/documentGateway';

/** `GET /api/metrics` (administrator): what the process holds now, for monitoring and benchmarks. */
export function metricsRoutes(documents: Pick<DocumentGateway, 'openCounts'>): Router {
  const router = Router();
  router.get('/metrics', requireAdmin, (_req, res) => {
    const memory = process.memoryUsage();
    const { documentsLoaded, connections } = documents.openCounts();
    res.json({
      documentsLoaded,
      connections,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      uptimeSeconds: Math.round(process.uptime()),
    });
  });
  return router;
}

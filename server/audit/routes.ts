import { Router } from 'express';
import { auditQuerySchema } from '../../shared/api/audit';
import { requireAdmin } from '../auth/middleware';
import type { DocumentGateway } from '../collab/documentGateway';
import { parseInput } from '../http/errors';
import type { VisiblePlan } from '../plans/visiblePlan';
import type { AuditFilter, AuditLog } from '../storage/auditLog';

/** Mounted behind `requireSession`. Read-only: no route writes or removes audit entries. */
export function auditRoutes(visiblePlan: VisiblePlan, log: AuditLog, documents: Pick<DocumentGateway, 'flushAudit'>): Router {
  const router = Router();

  router.get('/plans/:id/audit', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const filter: AuditFilter = parseInput(auditQuerySchema, req.query, 'query');
    // Text typed a moment ago is still a burst in memory: write it out so the trail is complete.
    await documents.flushAudit(plan.id);
    res.json(await log.list(plan.id, filter));
  });

  router.get('/audit', requireAdmin, async (req, res) => {
    res.json(await log.list(null, parseInput(auditQuerySchema, req.query, 'query')));
  });

  return router;
}

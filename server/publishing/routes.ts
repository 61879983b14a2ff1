import { Router, type Request } from 'express';
import {
  accessibilityStatementSchema,
  newPublicationSchema,
  publicationIdSchema,
  type AccessibilityStatement,
  type PublicationSummary,
} from '../../shared/api/publications';
import type { Auditor } from '../audit/auditor';
import { authOf } from '../auth/middleware';
import { notFound, parseInput } from '../http/errors';
import { requireRight, type VisiblePlan } from '../plans/visiblePlan';
import type { Publication } from '../storage/publicationStore';
import { publicationPaths } from './paths';
import type { PublicationService } from './publicationService';

const PUBLISH_RIGHTS = 'Only the chair, the secretary and the administrator publish';

/** The public addresses are on this server's own origin, as the request reached it. */
function summaryOf(req: Request, p: Publication): PublicationSummary {
  const origin = `${req.protocol}://${req.get('host')}`;
  const paths = publicationPaths(p);
  return {
    id: p.id,
    url: origin + paths.page,
    dataUrl: origin + paths.json,
    csvUrl: origin + paths.csv,
    latestUrl: origin + paths.latest,
    versionId: p.versionId,
    versionLabel: p.versionLabel,
    publishedAt: p.publishedAt,
    publishedBy: p.publishedBy,
    unpublishedAt: p.unpublishedAt,
    licence: p.licence,
  };
}

/** `/plans/:id/publications` and `/plans/:id/accessibility-statement`; mounted behind `requireSession`. */
export function publicationRoutes(visiblePlan: VisiblePlan, publications: PublicationService, auditor: Auditor): Router {
  const router = Router();

  router.post('/plans/:id/publications', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.publish, PUBLISH_RIGHTS);
    const request = parseInput(newPublicationSchema, req.body ?? {});
    const { user } = authOf(res);
    const { publication, version } = await publications.publish(plan, user, request);
    // What was published, so that the trail alone says which content went public and where.
    await auditor.plan(plan.id, user, {
      entity: 'publication',
      entityId: publication.id,
      field: 'published',
      to: `${publicationPaths(publication).page} · ${version.label} · ${version.id} · sha256:${version.contentHash} · ${publication.licence}`,
    });
    res.status(201).json(summaryOf(req, publication));
  });

  router.get('/plans/:id/publications', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await publications.store.ofPlan(plan.id)).map((p) => summaryOf(req, p)));
  });

  router.delete('/plans/:id/publications/:publicationId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.publish, PUBLISH_RIGHTS);
    const id = publicationIdSchema.safeParse(req.params.publicationId);
    if (!id.success) throw notFound('No such publication');
    const before = await publications.store.get(id.data);
    const publication = await publications.unpublish(plan.id, id.data);
    if (before?.unpublishedAt === null) {
      await auditor.plan(plan.id, authOf(res).user, { entity: 'publication', entityId: publication.id, field: 'unpublished', from: publicationPaths(publication).page });
    }
    res.json(summaryOf(req, publication));
  });

  router.get('/plans/:id/accessibility-statement', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await publications.store.statement(plan.id)) ?? null);
  });

  router.put('/plans/:id/accessibility-statement', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.publish, PUBLISH_RIGHTS);
    const input = parseInput(accessibilityStatementSchema, req.body);
    const { user } = authOf(res);
    const statement: AccessibilityStatement = { ...input, planId: plan.id, updatedAt: new Date().toISOString(), updatedBy: { id: user.id, name: user.name } };
    await publications.store.putStatement(statement);
    await auditor.plan(plan.id, user, { entity: 'accessibilityStatement', entityId: plan.id, field: 'compliance', to: input.compliance });
    res.json(statement);
  });

  return router;
}

import { Router } from 'express';
import { compareQuerySchema, newVersionSchema, versionIdSchema } from '../../shared/api/versions';
import { comparePlans, type PlanData } from '../../shared/plan';
import type { Auditor } from '../audit/auditor';
import type { DocumentGateway } from '../collab/documentGateway';
import { authOf } from '../auth/middleware';
import { notFound, parseInput } from '../http/errors';
import type { PlanRecord } from '../storage/appStore';
import { requireRight, type VisiblePlan } from '../plans/visiblePlan';
import type { VersionService } from './versionService';

/** Mounted behind `requireSession`. */
export function versionRoutes(visiblePlan: VisiblePlan, versions: VersionService, documents: DocumentGateway, auditor: Auditor): Router {
  const router = Router();

  const VERSION_RIGHTS = 'Only the chair and the secretary make and restore versions';

  async function findVersion(plan: PlanRecord, versionId: string) {
    const id = versionIdSchema.safeParse(versionId);
    const version = id.success ? await versions.get(plan.id, id.data) : undefined;
    if (!version) throw notFound('No such version');
    return version;
  }

  async function dataOf(plan: PlanRecord, versionId: string): Promise<PlanData> {
    if (versionId === 'current') return documents.planData(plan.id, { includeBody: true });
    return (await findVersion(plan, versionId)).data;
  }

  router.post('/plans/:id/versions', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.manageVersions, VERSION_RIGHTS);
    const { label } = parseInput(newVersionSchema, req.body);
    const { user } = authOf(res);
    const version = await versions.createNamed(plan, label, { id: user.id, name: user.name });
    await auditor.plan(plan.id, user, { entity: 'version', entityId: version.id, field: 'created', to: label });
    res.status(201).json(version);
  });

  router.get('/plans/:id/versions', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json(await versions.list(plan.id));
  });

  router.get('/plans/:id/versions/:versionId', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await findVersion(plan, req.params.versionId)).data);
  });

  router.post('/plans/:id/versions/:versionId/restore', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.manageVersions, VERSION_RIGHTS);
    const version = await findVersion(plan, req.params.versionId);
    const { user } = authOf(res);
    await versions.restore(plan, version, { id: user.id, name: user.name });
    await auditor.plan(plan.id, user, { entity: 'version', entityId: version.id, field: 'restored', to: version.label });
    res.json(await documents.planData(plan.id, { includeBody: false }));
  });

  router.get('/plans/:id/compare', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const query = parseInput(compareQuerySchema, req.query, 'query');
    res.json(comparePlans(await dataOf(plan, query.from), await dataOf(plan, query.to)));
  });

  return router;
}

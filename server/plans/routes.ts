import { Router, type Response } from 'express';
import { z } from 'zod';
import { isPlanId } from '../../shared/documentNames';
import { measureTableInputSchema } from '../../shared/plan';
import { authOf } from '../auth/middleware';
import { HttpError, notFound, parseInput } from '../http/errors';
import type { PlanRecord, PlanRepository } from '../storage/appStore';
import { planAccess } from './access';
import type { PlanService } from './planService';

const newPlanSchema = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(300),
  groupId: z.string().min(1).max(64).optional(),
  measures: measureTableInputSchema.optional(),
});

const dataQuerySchema = z.object({ include: z.enum(['body']).optional() });

function planSummary(plan: PlanRecord) {
  return { id: plan.id, title: plan.title, groupId: plan.groupId, createdAt: plan.createdAt, updatedAt: plan.updatedAt };
}

/** Mounted behind `requireSession`. */
export function planRoutes(plans: PlanRepository, service: PlanService): Router {
  const router = Router();

  /** The plan if this user may see it; 404 alike for unknown and hidden plans. */
  async function visiblePlan(id: string, res: Response): Promise<PlanRecord> {
    const plan = isPlanId(id) ? await plans.findById(id) : undefined;
    if (!plan || !planAccess(authOf(res).user, plan).canRead) throw notFound('No such plan');
    return plan;
  }

  router.get('/plans', async (_req, res) => {
    const { user } = authOf(res);
    const visible = (await plans.list()).filter((plan) => planAccess(user, plan).canRead);
    visible.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    res.json(visible.map(planSummary));
  });

  router.post('/plans', async (req, res) => {
    const input = parseInput(newPlanSchema, req.body);
    // Steering groups arrive with roles; until then no group id can be valid.
    if (input.groupId !== undefined) throw new HttpError(400, `Unknown group ${input.groupId}`);
    const plan = await service.create({
      title: input.title,
      groupId: null,
      measures: input.measures,
      createdBy: authOf(res).user.id,
    });
    res.status(201).json(planSummary(plan));
  });

  router.get('/plans/:id', async (req, res) => {
    res.json(planSummary(await visiblePlan(req.params.id, res)));
  });

  router.get('/plans/:id/data', async (req, res) => {
    const plan = await visiblePlan(req.params.id, res);
    const query = parseInput(dataQuerySchema, req.query, 'query');
    res.json(await service.data(plan, { includeBody: query.include === 'body' }));
  });

  return router;
}

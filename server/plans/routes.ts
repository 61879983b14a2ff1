import express, { Router } from 'express';
import { z } from 'zod';
import { buildStatusReport, measureTableInputSchema } from '../../shared/plan';
import { authOf } from '../auth/middleware';
import { HttpError, parseInput } from '../http/errors';
import type { PlanRecord, PlanRepository } from '../storage/appStore';
import { planAccess } from './access';
import type { PlanService } from './planService';
import { readMeasureTableFile, type TableFileFormat } from './tableFile';
import { visiblePlanFinder } from './visiblePlan';

const newPlanSchema = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(300),
  groupId: z.string().min(1).max(64).optional(),
  measures: measureTableInputSchema.optional(),
});

const importQuerySchema = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(300),
  format: z.enum(['csv', 'xlsx']).optional(),
});

const FILE_TYPES: Record<string, TableFileFormat> = {
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

const dataQuerySchema = z.object({ include: z.enum(['body']).optional() });

function planSummary(plan: PlanRecord) {
  return { id: plan.id, title: plan.title, groupId: plan.groupId, createdAt: plan.createdAt, updatedAt: plan.updatedAt };
}

/** Mounted behind `requireSession`. */
export function planRoutes(plans: PlanRepository, service: PlanService): Router {
  const router = Router();

  const visiblePlan = visiblePlanFinder(plans);

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

  // A new plan from a CSV or XLSX measure table: the file is the raw request body.
  router.post(
    '/plans/import',
    express.raw({ type: () => true, limit: '5mb' }),
    async (req, res) => {
      const query = parseInput(importQuerySchema, req.query, 'query');
      const format = query.format ?? FILE_TYPES[req.get('content-type')?.split(';')[0]?.trim() ?? ''];
      if (!format) throw new HttpError(415, 'Send a CSV (text/csv) or XLSX file, or name it with ?format=csv|xlsx');
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new HttpError(400, 'The file is empty');
      const measures = parseInput(measureTableInputSchema, await readMeasureTableFile(req.body, format), 'measure table');
      const plan = await service.create({ title: query.title, groupId: null, measures, createdBy: authOf(res).user.id });
      res.status(201).json(planSummary(plan));
    },
  );

  router.get('/plans/:id', async (req, res) => {
    res.json(planSummary(await visiblePlan(req.params.id, res)));
  });

  router.get('/plans/:id/data', async (req, res) => {
    const plan = await visiblePlan(req.params.id, res);
    const query = parseInput(dataQuerySchema, req.query, 'query');
    res.json(await service.data(plan, { includeBody: query.include === 'body' }));
  });

  router.get('/plans/:id/report', async (req, res) => {
    const plan = await visiblePlan(req.params.id, res);
    res.json(buildStatusReport(await service.data(plan, { includeBody: false })));
  });

  return router;
}

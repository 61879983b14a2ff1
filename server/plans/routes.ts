import { Router, type Response } from 'express';
import { dataQuerySchema, importQuerySchema, newPlanSchema, planChangeSchema, type OpenPlan, type PlanSummary } from '../../shared/api/plans';
import { reportQuerySchema } from '../../shared/api/reports';
import { buildYearlyReport, PlanDocError, setPlanTitle, type MeasureTableInput, type PlanData, type VocabularyInput } from '../../shared/plan';
import { planVocabulariesSchema } from '../../shared/api/vocabularies';
import type { Auditor } from '../audit/auditor';
import { authOf } from '../auth/middleware';
import { HttpError, parseInput } from '../http/errors';
import type { GroupRepository, PlanRecord, PlanRepository } from '../storage/appStore';
import type { AccessService } from './access';
import type { DocumentGateway } from '../collab/documentGateway';
import type { PlanCreation } from './planCreation';
import type { TableFileFormat } from './tableFile';
import { UPLOAD_LIMITS } from './upload/limits';
import { ImportsBusy, type TableFilePool } from './upload/tableFilePool';
import { readUploadBody } from './upload/uploadBody';
import { requireRight, type VisiblePlan } from './visiblePlan';
import type { IndicatorService } from '../indicators/indicatorService';

const FILE_TYPES: Record<string, TableFileFormat> = {
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

export function planSummary(plan: PlanRecord): PlanSummary {
  return { id: plan.id, title: plan.title, groupId: plan.groupId, createdAt: plan.createdAt, updatedAt: plan.updatedAt };
}

interface PlanRouteDependencies {
  plans: PlanRepository;
  groups: GroupRepository;
  access: AccessService;
  creation: PlanCreation;
  documents: DocumentGateway;
  visiblePlan: VisiblePlan;
  auditor: Auditor;
  /** Called after a plan changed group, so that open connections follow the new roles. */
  onAccessChanged: () => Promise<void>;
  /** A version's data, for reports that compare with it. */
  loadVersion: (planId: string, versionId: string) => Promise<{ id: string; label: string; createdAt: string; data: PlanData } | undefined>;
  /** Reads uploaded measure tables off the main thread. */
  tableFiles: TableFilePool;
  /** Checks a plan's `municipalityCode` against Sotkanet's municipalities and sets it (server/indicators). */
  municipalities: Pick<IndicatorService, 'checkMunicipalityCode' | 'setMunicipality'>;
}

/** Mounted behind `requireSession`. */
export function planRoutes({
  plans,
  groups,
  access,
  creation,
  documents,
  visiblePlan,
  auditor,
  onAccessChanged,
  loadVersion,
  tableFiles,
  municipalities,
}: PlanRouteDependencies): Router {
  const router = Router();

  /** A plan may be put in a group only by the group's chair or secretary (or the administrator). */
  async function checkTargetGroup(id: string | undefined, res: Response): Promise<string | null> {
    if (id === undefined) return null;
    const { user } = authOf(res);
    const group = await groups.findById(id);
    const can = group ? await access.inGroup(user, group.id) : null;
    // A group the user is not in is reported as unknown: its existence is not theirs to learn.
    if (!group || !can?.read) throw new HttpError(400, `Unknown group ${id}`);
    requireRight(can.manageGroup, 'Only the chair or the secretary of the group adds plans to it');
    return group.id;
  }

  async function createPlan(res: Response, input: { title: string; groupId?: string; measures?: MeasureTableInput; vocabularies?: VocabularyInput }) {
    const groupId = await checkTargetGroup(input.groupId, res);
    const plan = await creation
      .create({ title: input.title, groupId, measures: input.measures, vocabularies: input.vocabularies, createdBy: authOf(res).user.id })
      .catch((error: unknown) => {
        // Validated already; what is left (a plan's bound of entries, say) is still the client's input, never a 500.
        if (error instanceof PlanDocError) throw new HttpError(400, error.message);
        throw error;
      });
    await auditor.plan(plan.id, authOf(res).user, { entity: 'plan', entityId: plan.id, field: 'created', to: plan.title });
    res.status(201).json(planSummary(plan));
  }

  router.get('/plans', async (_req, res) => {
    const { user } = authOf(res);
    const visible: PlanRecord[] = [];
    for (const plan of await plans.list()) if ((await access.onPlan(user, plan)).read) visible.push(plan);
    visible.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    res.json(visible.map(planSummary));
  });

  // The body may carry `parties`, `targetGroups` and `projects` beside `measures` (or without them).
  router.post('/plans', async (req, res) => {
    const input = parseInput(newPlanSchema, req.body);
    await createPlan(res, { ...input, vocabularies: parseInput(planVocabulariesSchema, req.body) });
  });

  // A new plan from a CSV or XLSX measure table: the file is the raw request body, read off the main thread.
  router.post('/plans/import', async (req, res) => {
    const query = parseInput(importQuerySchema, req.query, 'query');
    const format = query.format ?? FILE_TYPES[req.get('content-type')?.split(';')[0]?.trim() ?? ''];
    if (!format) throw new HttpError(415, 'Send a CSV (text/csv) or XLSX file, or name it with ?format=csv|xlsx');
    // Refused before the file is read: a wrong group costs no upload.
    await checkTargetGroup(query.groupId, res);
    const readFile = async () => {
      const bytes = await readUploadBody(req, res, UPLOAD_LIMITS.fileBytes);
      if (bytes.length === 0) throw new HttpError(400, 'The file is empty');
      return bytes;
    };
    // Validated on the parse thread (and again as the plan is written), so not here.
    const measures = await tableFiles.read(format, readFile).catch((error: unknown) => {
      if (error instanceof ImportsBusy) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    });
    await createPlan(res, { title: query.title, groupId: query.groupId, measures });
  });

  router.get('/plans/:id', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    res.json({ ...planSummary(plan), can } satisfies OpenPlan);
  });

  router.patch('/plans/:id', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    const change = parseInput(planChangeSchema, req.body);
    const { user } = authOf(res);
    // Every part of the change is checked before any part is made: a refused move must not leave a rename behind.
    const newTitle = change.title;
    if (newTitle !== undefined) requireRight(can.edit, 'This role may not edit the plan');
    const moves = change.groupId !== undefined && change.groupId !== plan.groupId;
    let target: string | null = plan.groupId;
    if (moves) {
      requireRight(can.manageGroup || plan.groupId === null, 'Only the chair or the secretary moves a plan to another group');
      target = change.groupId === null ? null : await checkTargetGroup(change.groupId, res);
      requireRight(target !== null || user.isAdmin, 'Only the administrator takes a plan out of its group');
    }
    if (change.municipalityCode !== undefined) requireRight(can.edit, 'This role may not edit the plan');
    const municipalityCode = change.municipalityCode === undefined ? undefined : await municipalities.checkMunicipalityCode(change.municipalityCode);

    if (newTitle !== undefined) {
      await documents.change(plan.id, (doc) => setPlanTitle(doc, newTitle), { id: user.id, name: user.name });
      await plans.update(plan.id, { title: newTitle, updatedAt: new Date().toISOString() });
      await auditor.plan(plan.id, user, { entity: 'plan', entityId: plan.id, field: 'title', from: plan.title, to: newTitle });
    }
    if (moves) {
      await plans.update(plan.id, { groupId: target });
      await auditor.plan(plan.id, user, { entity: 'plan', entityId: plan.id, field: 'groupId', from: plan.groupId, to: target });
      await onAccessChanged();
    }
    if (municipalityCode !== undefined) {
      const before = await municipalities.setMunicipality(plan.id, municipalityCode, { id: user.id, name: user.name });
      if (before !== municipalityCode) await auditor.plan(plan.id, user, { entity: 'plan', entityId: plan.id, field: 'municipalityCode', from: before, to: municipalityCode });
    }
    res.json(planSummary((await plans.findById(plan.id)) ?? plan));
  });

  router.get('/plans/:id/data', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const query = parseInput(dataQuerySchema, req.query, 'query');
    res.json(await documents.planData(plan.id, { includeBody: query.include === 'body' }));
  });

  // The contract's status counts, plus the yearly report's cuts and, with `since`, the changes since that version.
  router.get('/plans/:id/report', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const { since } = parseInput(reportQuerySchema, req.query, 'query');
    const earlier = since ? await loadVersion(plan.id, since) : undefined;
    if (since && !earlier) throw new HttpError(404, 'No such version');
    res.json(buildYearlyReport(await documents.planData(plan.id, { includeBody: false }), earlier));
  });

  return router;
}

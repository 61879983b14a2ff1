import { Router, type Request, type Response } from 'express';
import { applyQuerySchema, type RoundTripStale } from '../../../shared/api/tableFileRoundTrip';
import { PlanDocError, readPlanData } from '../../../shared/plan';
import type { Auditor } from '../../audit/auditor';
import { authOf } from '../../auth/middleware';
import type { DocumentGateway } from '../../collab/documentGateway';
import { HttpError, notFound, parseInput } from '../../http/errors';
import { UPLOAD_LIMITS } from '../upload/limits';
import { ImportsBusy, type TableFilePool } from '../upload/tableFilePool';
import { readUploadBody } from '../upload/uploadBody';
import { requireRight, type VisiblePlan } from '../visiblePlan';
import { refusalOf } from './refusal';
import { applyRoundTrip, NothingToApply, StalePreview, UnknownChoice, undoRoundTrip } from './roundTripApply';
import { diffRoundTrip } from './roundTripDiff';
import type { RoundTripFile } from './roundTripFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const EDIT_RIGHTS = 'This role may not edit the plan';

interface RoundTripRouteDependencies {
  visiblePlan: VisiblePlan;
  documents: DocumentGateway;
  tableFiles: TableFilePool;
  auditor: Auditor;
}

/**
 * Mounted behind `requireSession`: the Excel round trip. The file is the raw
 * request body, as for `POST /plans/import`, read on the upload pool's
 * threads with its limits; the role is checked before a byte of it is read.
 */
export function roundTripRoutes({ visiblePlan, documents, tableFiles, auditor }: RoundTripRouteDependencies): Router {
  const router = Router();

  /** The plan, if this user may edit it: 404 for a plan they do not see, 403 for a role that only reads. */
  async function editablePlan(req: Request, res: Response) {
    const { plan, can } = await visiblePlan(String(req.params.id), res);
    requireRight(can.edit, EDIT_RIGHTS);
    return plan;
  }

  /** The uploaded export, or null once a refusal naming its rows has been answered. */
  async function readFile(planId: string, req: Request, res: Response): Promise<RoundTripFile | null> {
    if (req.get('content-type')?.split(';')[0]?.trim() !== XLSX_TYPE) throw new HttpError(415, 'Send the XLSX file exported from this plan');
    const readBody = async () => {
      const bytes = await readUploadBody(req, res, UPLOAD_LIMITS.fileBytes);
      if (bytes.length === 0) throw new HttpError(400, 'The file is empty');
      return bytes;
    };
    const read = await tableFiles.readRoundTrip(planId, readBody).catch((error: unknown) => {
      if (error instanceof ImportsBusy) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    });
    if ('file' in read) return read.file;
    res.status(400).json(refusalOf(read.problems));
    return null;
  }

  router.post('/plans/:id/table-file/preview', async (req, res) => {
    const plan = await editablePlan(req, res);
    const file = await readFile(plan.id, req, res);
    if (!file) return;
    res.json(await documents.read(plan.id, (doc) => diffRoundTrip(readPlanData(doc, plan.id), file).preview));
  });

  router.post('/plans/:id/table-file/apply', async (req, res) => {
    const plan = await editablePlan(req, res);
    const { token, useFile } = parseInput(applyQuerySchema, req.query, 'query');
    const file = await readFile(plan.id, req, res);
    if (!file) return;
    const { user } = authOf(res);
    const by = { id: user.id, name: user.name };
    const applied = await documents.change(plan.id, (doc) => applyRoundTrip(doc, plan.id, file, token, by, useFile), by).catch((error: unknown) => {
      if (error instanceof StalePreview) {
        res.status(409).json({ error: error.message, preview: error.preview } satisfies RoundTripStale);
        return null;
      }
      if (error instanceof NothingToApply || error instanceof UnknownChoice || error instanceof PlanDocError) throw new HttpError(400, error.message);
      throw error;
    });
    if (!applied) return;
    await auditor.plan(plan.id, user, {
      entity: 'tableFile',
      entityId: applied.changeId,
      field: 'applied',
      to: `${applied.fields} fields of ${applied.measures} measures changed, ${applied.added} measures added`,
    });
    res.json(applied);
  });

  router.post('/plans/:id/table-file/changes/:changeId/undo', async (req, res) => {
    const plan = await editablePlan(req, res);
    const { user } = authOf(res);
    const by = { id: user.id, name: user.name };
    const changeId = String(req.params.changeId);
    const outcome = await documents.change(plan.id, (doc) => undoRoundTrip(doc, changeId, by), by);
    if ('unknown' in outcome) throw notFound('No such change from a file (only the latest ones can be undone)');
    if ('alreadyUndone' in outcome) throw new HttpError(409, `The change was undone already, by ${outcome.alreadyUndone?.by.name}`);
    await auditor.plan(plan.id, user, {
      entity: 'tableFile',
      entityId: changeId,
      field: 'undone',
      to: `${outcome.undone.restored} fields set back, ${outcome.undone.removed} measures removed, ${outcome.undone.kept.length} kept`,
    });
    res.json(outcome.undone);
  });

  return router;
}

import { Router, type Response } from 'express';
import { exportQuerySchema, type ExportFormat } from '../../shared/api/exports';
import type { IndicatorView } from '../../shared/api/indicators';
import { readPlanMeta, type PlanData } from '../../shared/plan';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError, notFound, parseInput } from '../http/errors';
import type { VisiblePlan } from '../plans/visiblePlan';
import type { Auditor } from '../audit/auditor';
import { authOf } from '../auth/middleware';
import type { ExportInput, RenderedFile } from './types';
import { ExportRefused } from './exportPool';
import { openThreadsForExport } from './exportThreads';
import { contentDisposition } from './common/fileName';

/** A named version as the exports need it. */
export interface ExportVersion {
  /** The version's structured data, with `body` (the plan text) when the version kept it. */
  data: PlanData;
  label: string;
  /** ISO 8601: the date printed on the export. */
  createdAt: string;
  /** The version's Yjs state (base64): its indicator set, targets and local figures. */
  state?: string;
}

export interface ExportRouteDeps {
  /** 404 for plans the user may not see, as everywhere in the API. */
  visiblePlan: VisiblePlan;
  /** The live plan's data and its `meta` (the municipality, for the title page and metadata). */
  documents: Pick<DocumentGateway, 'planData' | 'read' | 'readDocument'>;
  /** The version of that plan, or null if it has none of that id (answered with 404). */
  loadVersion: (planId: string, versionId: string) => Promise<ExportVersion | null>;
  /** Renders the file, off the main thread in the server (`ExportPool`); refusals are `ExportRefused`. */
  render: (format: ExportFormat, input: ExportInput) => Promise<RenderedFile>;
  auditor: Auditor;
  /** The plan's indicators with their figures in Finnish, of the live plan or of a version's state (server/indicators). */
  indicators?: {
    list(planId: string, lang: 'fi'): Promise<IndicatorView[]>;
    listOfState(state: string, lang: 'fi'): Promise<IndicatorView[]>;
  };
}

/** The formats that print indicators: the section (DOCX, PDF, HTML) or the text's charts (those and Markdown); a spreadsheet or CSV has none. */
const WITH_INDICATORS: ReadonlySet<ExportFormat> = new Set(['docx', 'pdf', 'html', 'md']);

/**
 * Exported files hold the plan, not a page of the app: never cached by shared
 * caches, never sniffed as another type, and an HTML export opened straight
 * from the response can neither run scripts nor load anything.
 */
function fileHeaders(contentType: string, fileName: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Disposition': contentDisposition(fileName),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  };
}

/** Seconds a client refused for a full export queue is told to wait: about one render of a large plan. */
const BUSY_RETRY_AFTER_S = 5;

/** Renders, answering the pool's refusals with their status: 503 (busy, with Retry-After; too large; no thread can start) or 504 (past its time). */
async function renderOrRefuse(deps: ExportRouteDeps, res: Response, format: ExportFormat, input: ExportInput) {
  try {
    return await deps.render(format, input);
  } catch (error) {
    if (!(error instanceof ExportRefused)) throw error;
    if (error.reason === 'busy') res.set('Retry-After', String(BUSY_RETRY_AFTER_S));
    throw new HttpError(error.reason === 'timeout' ? 504 : 503, error.message);
  }
}

/** `GET /plans/:id/export?format=F[&version=V][&comments=1]`; mounted behind `requireSession`. */
export function exportRoutes(deps: ExportRouteDeps): Router {
  const router = Router();

  router.get('/plans/:id/export', async (req, res) => {
    const { plan } = await deps.visiblePlan(req.params.id, res);
    const query = parseInput(exportQuerySchema, req.query, 'query');
    // A version prints the municipality of the plan as it is now: the name rarely changes, and versions keep only data.
    const { municipality } = await deps.documents.read(plan.id, readPlanMeta);

    let input: ExportInput;
    const withIndicators = deps.indicators && WITH_INDICATORS.has(query.format) ? deps.indicators : undefined;
    if (query.version === undefined) {
      input = { data: await deps.documents.planData(plan.id, { includeBody: true }), municipality, date: new Date() };
      if (withIndicators) input.indicators = await withIndicators.list(plan.id, 'fi');
    } else {
      const version = await deps.loadVersion(plan.id, query.version);
      if (!version) throw notFound('No such version');
      const created = new Date(version.createdAt);
      input = {
        data: version.data,
        municipality,
        versionLabel: version.label,
        date: Number.isNaN(created.getTime()) ? new Date() : created,
      };
      // A version's indicators with today's figures: versions keep the set, not Sotkanet's figures.
      if (withIndicators && version.state) input.indicators = await withIndicators.listOfState(version.state, 'fi');
    }

    // Everyone who may see the plan may read its comments (GET /comments); the threads are the live ones, a version has none of its own.
    if (query.comments === '1') input.comments = await openThreadsForExport(deps.documents, plan.id);

    const file = await renderOrRefuse(deps, res, query.format, input);
    const headers = fileHeaders(file.contentType, file.fileName);
    // Audited once nothing but sending is left: a failed export is answered with an error and never recorded as made.
    await deps.auditor.plan(plan.id, authOf(res).user, {
      entity: 'export',
      entityId: query.version ?? plan.id,
      field: query.format,
      to: input.versionLabel ?? null,
    });
    res.set(headers).send(file.bytes);
  });

  return router;
}

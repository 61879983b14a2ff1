import { Router, type Request, type Response } from 'express';
import {
  catalogueQuerySchema,
  indicatorChangeSchema,
  indicatorValuesSchema,
  languageQuerySchema,
  municipalityQuerySchema,
  newIndicatorSchema,
  type CatalogueEntry,
  type IndicatorView,
  type MunicipalityEntry,
  type PlanMunicipality,
} from '../../shared/api/indicators';
import { buildIndicatorReport, type IndicatorReport } from '../../shared/indicators/report';
import { isEntityId } from '../../shared/plan';
import type { Auditor } from '../audit/auditor';
import { authOf } from '../auth/middleware';
import { HttpError, parseInput } from '../http/errors';
import { requireRight, type VisiblePlan } from '../plans/visiblePlan';
import { indicatorChartSvg } from './chartSvg';
import type { IndicatorService } from './indicatorService';
import { requestLanguage } from './language';
import type { Fetched } from './sotkanetSource';

interface IndicatorRouteDependencies {
  visiblePlan: VisiblePlan;
  indicators: IndicatorService;
  auditor: Auditor;
}

const EDIT_REFUSED = 'This role may not edit the plan';

/** How old a list from Sotkanet's cache is, on answers whose body the contract fixes as a bare list. */
function sayAge(res: Response, fetched: Fetched<unknown>): void {
  res.setHeader('X-Data-Fetched-At', fetched.fetchedAt);
  res.setHeader('X-Data-Stale', fetched.stale ? '1' : '0');
}

function indicatorIdOf(req: Request): string {
  const id = String(req.params.indicatorId);
  if (!isEntityId(id)) throw new HttpError(404, 'No such indicator in this plan');
  return id;
}

/** Mounted behind `requireSession`: the catalogue, municipalities, and each plan's indicators. */
export function indicatorRoutes({ visiblePlan, indicators, auditor }: IndicatorRouteDependencies): Router {
  const router = Router();
  const lang = (req: Request) => requestLanguage(req, parseInput(languageQuerySchema, { lang: req.query.lang }, 'query').lang);

  router.get('/indicators/catalogue', async (req, res) => {
    const query = parseInput(catalogueQuerySchema, req.query, 'query');
    const found = await indicators.catalogue(query.q, requestLanguage(req, query.lang), query.limit);
    sayAge(res, found);
    res.json(found.value satisfies CatalogueEntry[]);
  });

  router.get('/indicators/municipalities', async (req, res) => {
    const query = parseInput(municipalityQuerySchema, req.query, 'query');
    const found = await indicators.municipalities(query.q, requestLanguage(req, query.lang));
    sayAge(res, found);
    res.json(found.value satisfies MunicipalityEntry[]);
  });

  router.get('/plans/:id/municipality', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await indicators.planMunicipality(plan.id, lang(req))) satisfies PlanMunicipality);
  });

  router.get('/plans/:id/indicators', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await indicators.list(plan.id, lang(req))) satisfies IndicatorView[]);
  });

  // The yearly report's indicators section: each indicator's latest value, changes and whether it is on track.
  router.get('/plans/:id/report/indicators', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const language = lang(req);
    res.json(buildIndicatorReport(await indicators.list(plan.id, language), language) satisfies IndicatorReport);
  });

  router.post('/plans/:id/indicators', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.edit, EDIT_REFUSED);
    const input = parseInput(newIndicatorSchema, req.body);
    const { user } = authOf(res);
    const added = await indicators.add(plan.id, input, user);
    await auditor.plan(plan.id, user, { entity: 'indicator', entityId: added.id, field: 'added', to: added.title });
    res.status(201).json((await indicators.one(plan.id, added.id, lang(req))) satisfies IndicatorView);
  });

  router.get('/plans/:id/indicators/:indicatorId', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    res.json((await indicators.one(plan.id, indicatorIdOf(req), lang(req))) satisfies IndicatorView);
  });

  // The same chart as every export, as an image; its <title> and <desc> say what it shows.
  router.get('/plans/:id/indicators/:indicatorId/chart.svg', async (req, res) => {
    const { plan } = await visiblePlan(req.params.id, res);
    const language = lang(req);
    const svg = await indicatorChartSvg(await indicators.one(plan.id, indicatorIdOf(req), language), language);
    res.setHeader('Content-Type', 'image/svg+xml; charset=utf-8');
    // Revalidated on each use (the figures and the target change); an unchanged chart is a 304 by its ETag.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(svg);
  });

  router.put('/plans/:id/indicators/:indicatorId/values', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.edit, EDIT_REFUSED);
    const id = indicatorIdOf(req);
    const { points } = parseInput(indicatorValuesSchema, req.body);
    const { user } = authOf(res);
    const { before, after } = await indicators.setValues(plan.id, id, points, user);
    await auditor.plan(plan.id, user, { entity: 'indicator', entityId: id, field: 'values', from: JSON.stringify(before.localValues), to: JSON.stringify(after.localValues) });
    res.json((await indicators.one(plan.id, id, lang(req))) satisfies IndicatorView);
  });

  router.patch('/plans/:id/indicators/:indicatorId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.edit, EDIT_REFUSED);
    const id = indicatorIdOf(req);
    const change = parseInput(indicatorChangeSchema, req.body);
    const { user } = authOf(res);
    const { before, after } = await indicators.change(plan.id, id, change, user);
    for (const field of ['target', 'baselineYear', 'title', 'unit'] as const) {
      if (change[field] === undefined) continue;
      const from = before[field] === null ? null : typeof before[field] === 'object' ? JSON.stringify(before[field]) : String(before[field]);
      const to = after[field] === null ? null : typeof after[field] === 'object' ? JSON.stringify(after[field]) : String(after[field]);
      if (from !== to) await auditor.plan(plan.id, user, { entity: 'indicator', entityId: id, field, from, to });
    }
    res.json((await indicators.one(plan.id, id, lang(req))) satisfies IndicatorView);
  });

  router.delete('/plans/:id/indicators/:indicatorId', async (req, res) => {
    const { plan, can } = await visiblePlan(req.params.id, res);
    requireRight(can.edit, EDIT_REFUSED);
    const id = indicatorIdOf(req);
    const { user } = authOf(res);
    const removed = await indicators.remove(plan.id, id, user);
    await auditor.plan(plan.id, user, { entity: 'indicator', entityId: id, field: 'removed', from: removed.title });
    res.status(204).end();
  });

  return router;
}

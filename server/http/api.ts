import express, { Router } from 'express';
import { requireSession } from '../auth/middleware';
import { sessionRoutes } from '../auth/routes';
import type { SessionService } from '../auth/sessionService';
import { planRoutes } from '../plans/routes';
import type { PlanService } from '../plans/planService';
import { visiblePlanFinder } from '../plans/visiblePlan';
import { versionRoutes } from '../versions/routes';
import type { VersionService } from '../versions/versionService';
import type { AppStore } from '../storage/appStore';
import { userRoutes } from '../users/routes';
import { errorHandler, notFound } from './errors';

export interface ApiDependencies {
  store: AppStore;
  sessions: SessionService;
  planService: PlanService;
  versions: VersionService;
  cookieSecure: boolean;
}

/** The REST API of the contract, mounted at `/api`. */
export function apiRouter(deps: ApiDependencies): Router {
  const api = Router();
  api.use(express.json({ limit: '2mb' }));
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  api.use(sessionRoutes(deps.sessions, { cookieSecure: deps.cookieSecure }));
  api.use(requireSession(deps.sessions));
  api.use(userRoutes(deps.store.users));
  api.use(planRoutes(deps.store.plans, deps.planService));
  api.use(versionRoutes(visiblePlanFinder(deps.store.plans), deps.versions, deps.planService));
  api.use(() => {
    throw notFound('No such API route');
  });
  api.use(errorHandler);
  return api;
}

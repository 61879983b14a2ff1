import express, { Router } from 'express';
import type { Auditor } from '../audit/auditor';
import { auditRoutes } from '../audit/routes';
import { requireSession } from '../auth/middleware';
import type { InviteService } from '../auth/invites';
import type { LoginLimiter } from '../auth/loginLimiter';
import { sessionRoutes } from '../auth/routes';
import type { SessionService } from '../auth/sessionService';
import type { DocumentGateway } from '../collab/documentGateway';
import { commentRoutes } from '../comments/routes';
import { vocabularyRoutes } from '../vocabularies/routes';
import { VocabularyService } from '../vocabularies/vocabularyService';
import type { CommentService } from '../comments/commentService';
import { groupRoutes } from '../groups/routes';
import type { MeetingService } from '../meetings/meetingService';
import { meetingRoutes } from '../meetings/routes';
import type { AccessService } from '../plans/access';
import type { PlanCreation } from '../plans/planCreation';
import { planRoutes } from '../plans/routes';
import { roundTripRoutes } from '../plans/roundTrip/routes';
import { visiblePlanFinder } from '../plans/visiblePlan';
import type { AppStore } from '../storage/appStore';
import { inviteRoutes, userRoutes } from '../users/routes';
import { versionRoutes } from '../versions/routes';
import type { VersionService } from '../versions/versionService';
import type { ExportPool } from '../exports/exportPool';
import type { TableFilePool } from '../plans/upload/tableFilePool';
import { exportRoutes } from '../exports/routes';
import type { IndicatorService } from '../indicators/indicatorService';
import { indicatorRoutes } from '../indicators/routes';
import type { PublicationService } from '../publishing/publicationService';
import { publicationRoutes } from '../publishing/routes';
import type { YearlyCycle } from '../rounds/yearlyCycle';
import { errorHandler, notFound } from './errors';
import { metricsRoutes } from './metrics';
import type { Readiness } from './readiness';

export interface ApiDependencies {
  store: AppStore;
  sessions: SessionService;
  loginLimiter: LoginLimiter;
  invites: InviteService;
  access: AccessService;
  /** Plans' and discussions' documents, live or stored: the only way routes reach them. */
  documents: DocumentGateway;
  planCreation: PlanCreation;
  versions: VersionService;
  comments: CommentService;
  meetings: MeetingService;
  auditor: Auditor;
  exports: ExportPool;
  tableFiles: TableFilePool;
  readiness: Readiness;
  /** Plans' indicators and Sotkanet's catalogue (server/indicators). */
  indicators: IndicatorService;
  /** Versions published on the public web (server/publishing). */
  publications: PublicationService;
  /** Status rounds, mail, notifications and the annual clock (server/rounds/yearlyCycle.ts). */
  cycle: YearlyCycle;
  cookieSecure: boolean;
  /** Re-checks open socket connections after roles, memberships or plan groups changed. */
  onAccessChanged: () => Promise<void>;
}

/** The REST API of the contract, mounted at `/api`. */
export function apiRouter(deps: ApiDependencies): Router {
  const api = Router();
  const { store, access, onAccessChanged, auditor } = deps;
  const visiblePlan = visiblePlanFinder(store.plans, access);

  api.use(express.json({ limit: '2mb' }));
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  api.get('/ready', async (_req, res) => {
    const { ready, reasons } = await deps.readiness.evaluate();
    res.setHeader('Cache-Control', 'no-store');
    if (ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not-ready', reason: reasons.join('; '), reasons });
  });
  api.use(sessionRoutes(deps.sessions, deps.loginLimiter, auditor, { cookieSecure: deps.cookieSecure }));
  api.use(inviteRoutes(deps.invites));
  // Response links and calendar feeds: the link's token is the authorisation.
  api.use(deps.cycle.publicRoutes());
  api.use(requireSession(deps.sessions));
  api.use(userRoutes({ users: store.users, memberships: store.memberships, sessions: deps.sessions, invites: deps.invites, auditor, onAccessChanged }));
  api.use(groupRoutes({ store, access, auditor, onAccessChanged }));
  api.use(planRoutes({ plans: store.plans, groups: store.groups, access, creation: deps.planCreation, documents: deps.documents, visiblePlan, auditor, onAccessChanged, loadVersion: (planId, versionId) => deps.versions.get(planId, versionId), tableFiles: deps.tableFiles, municipalities: deps.indicators }));
  api.use(roundTripRoutes({ visiblePlan, documents: deps.documents, tableFiles: deps.tableFiles, auditor }));
  api.use(versionRoutes(visiblePlan, deps.versions, deps.documents, auditor));
  api.use(commentRoutes(visiblePlan, deps.comments));
  api.use(vocabularyRoutes(visiblePlan, new VocabularyService(deps.documents, auditor)));
  api.use(meetingRoutes({ store, access, meetings: deps.meetings }));
  api.use(
    exportRoutes({
      visiblePlan,
      documents: deps.documents,
      loadVersion: async (planId, versionId) => (await deps.versions.get(planId, versionId)) ?? null,
      render: (format, input) => deps.exports.render(format, input),
      auditor,
      indicators: deps.indicators,
    }),
  );
  api.use(auditRoutes(visiblePlan, auditor.log, deps.documents));
  api.use(indicatorRoutes({ visiblePlan, indicators: deps.indicators, auditor }));
  api.use(publicationRoutes(visiblePlan, deps.publications, auditor));
  api.use(deps.cycle.sessionRoutes(visiblePlan));
  api.use(metricsRoutes(deps.documents));
  api.use(() => {
    throw notFound('No such API route');
  });
  api.use(errorHandler);
  return api;
}

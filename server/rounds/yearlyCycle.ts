import { Router } from 'express';
import type { Redis } from 'ioredis';
import type { PersonRef } from '../../shared/people';
import type { Auditor } from '../audit/auditor';
import { calendarFeedRoutes, calendarRoutes } from '../calendar/routes';
import { ClockService } from '../calendar/clockService';
import type { DocumentGateway } from '../collab/documentGateway';
import type { CycleConfig } from '../config';
import { Mailer } from '../mail/mailer';
import { outboxRoutes } from '../mail/routes';
import { outboxTransport, smtpTransport } from '../mail/transport';
import { NotificationService } from '../notifications/notificationService';
import { NotificationPreferences } from '../notifications/preferences';
import { notificationRoutes } from '../notifications/routes';
import type { AccessService } from '../plans/access';
import type { VisiblePlan } from '../plans/visiblePlan';
import { systemClock } from '../scheduler/clock';
import { Scheduler } from '../scheduler/scheduler';
import type { AppStore, PlanRecord } from '../storage/appStore';
import type { CycleStore } from '../storage/cycleStore';
import { MeasureFreshnessService } from './freshness';
import { planPagePath } from './paths';
import { ProposalService } from './proposalService';
import { registerRoundJobs } from './reminders';
import { RequestMailer } from './requestMail';
import { responseRoutes } from './responseRoutes';
import { ResponseService } from './responseService';
import { roundRoutes } from './routes';
import { RoundService } from './roundService';

export interface YearlyCycleDependencies {
  config: CycleConfig;
  dataDir: string;
  cycle: CycleStore;
  store: AppStore;
  documents: DocumentGateway;
  auditor: Auditor;
  access: AccessService;
  /** Shared rate limits of the response links when several processes serve. */
  redis: Redis | null;
}

/** How much of a comment a mention's notice quotes. */
const QUOTE_LENGTH = 300;

/**
 * The yearly cycle wired together: the scheduler and its clock, e-mail
 * (SMTP or the outbox), notifications, status rounds and the annual clock,
 * and their routes: `publicRoutes` answer without a session (response links,
 * calendar feeds), `sessionRoutes` behind it.
 */
export function createYearlyCycle({ config, dataDir, cycle, store, documents, auditor, access, redis }: YearlyCycleDependencies) {
  const now = systemClock(config.clockOffsetFile);
  const scheduler = new Scheduler(cycle.jobs, now, config.schedulerPollMs);
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : outboxTransport(dataDir, config.mailFrom);
  const mailer = new Mailer(scheduler, cycle.jobs, transport);
  const preferences = new NotificationPreferences(cycle, store.users);
  const notifications = new NotificationService(cycle, store.users, preferences, mailer, config.publicUrl, now);
  // A respondent with an account may take requests in the app only (the bell) instead of by e-mail.
  const requestMailer = new RequestMailer(cycle, mailer, config.publicUrl, now, async (email) => {
    const user = await store.users.findByEmail(email);
    return !user || (await preferences.wantsEmail(user.id, 'request-to-answer'));
  });
  const rounds = new RoundService({ cycle, store, documents, requestMailer, scheduler, notifications, preferences, auditor, graceDays: config.responseGraceDays });
  const responses = new ResponseService(cycle, documents, store.plans, now);
  const proposals = new ProposalService(cycle, documents, auditor, notifications, store.users, now);
  const freshness = new MeasureFreshnessService(cycle, auditor.log, documents, now);
  const clock = new ClockService(cycle, store.plans, (planIds) => rounds.deadlinesOf(planIds), config.publicUrl, now);
  registerRoundJobs(scheduler, { cycle, documents, requestMailer, notifications, plans: store.plans, memberships: store.memberships });
  const calendarDeps = { store, access, clock, preferences, now };

  return {
    publicRoutes(): Router {
      const router = Router();
      router.use(responseRoutes(responses, redis));
      router.use(calendarFeedRoutes(calendarDeps));
      return router;
    },
    sessionRoutes(visiblePlan: VisiblePlan): Router {
      const router = Router();
      router.use(outboxRoutes(mailer));
      router.use(notificationRoutes(notifications, preferences));
      router.use(roundRoutes({ visiblePlan, access, documents, rounds, responses, proposals, freshness }));
      router.use(calendarRoutes(calendarDeps));
      return router;
    },
    /** A comment mentioned these members: each gets a notice (and a mail, unless they turned mentions off). */
    async onMentioned(plan: PlanRecord, author: PersonRef, userIds: string[], text: string): Promise<void> {
      const others = userIds.filter((id) => id !== author.id);
      if (others.length === 0) return;
      const quote = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH)}…` : text;
      await notifications.notify(others, {
        kind: 'mention',
        link: planPagePath(plan.id),
        data: { planId: plan.id, planTitle: plan.title, authorName: author.name, text: quote },
        mail: (url) => ({ kind: 'mention', authorName: author.name, planTitle: plan.title, text: quote, url }),
      });
    },
    start(): void {
      scheduler.start();
    },
    stop(): Promise<void> {
      return scheduler.stop();
    },
  };
}

export type YearlyCycle = ReturnType<typeof createYearlyCycle>;

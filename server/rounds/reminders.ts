import type { DocumentGateway } from '../collab/documentGateway';
import type { NotificationService } from '../notifications/notificationService';
import type { Scheduler } from '../scheduler/scheduler';
import type { MembershipRepository, PlanRepository } from '../storage/appStore';
import type { CycleStore } from '../storage/cycleStore';
import { addDays } from './deadline';
import { loadRoundScope } from './planScope';
import type { RequestRecord, RoundRecord } from './records';
import type { RequestMailContext, RequestMailer } from './requestMail';
import { requestState } from './requestState';
import { roundPagePath } from './paths';

/** Reminders go this many days from the deadline: a week and a day before, a day and a week after. */
export const REMINDER_OFFSETS_DAYS = [-7, -1, 1, 7] as const;
/** However the reminders fall, a request gets no two mails closer together than this. */
export const MIN_DAYS_BETWEEN_MAILS = 3;

const REMINDER_JOB = 'round-reminder';
const DEADLINE_JOB = 'round-deadline';

export const reminderKeyPrefix = (requestId: string) => `reminder:${requestId}:`;

/**
 * The reminders of each request and the round's deadline notice, as durable
 * jobs with keys that make each exist once. A reminder already in the past
 * when the round is opened (a deadline in three days has no "a week
 * before") is not scheduled: the request itself has just gone.
 */
export async function scheduleRoundJobs(scheduler: Scheduler, round: RoundRecord, requests: RequestRecord[]): Promise<void> {
  const deadline = new Date(round.deadlineAt);
  const now = scheduler.now();
  for (const request of requests) {
    for (const days of REMINDER_OFFSETS_DAYS) {
      const runAt = addDays(deadline, days);
      if (runAt <= now) continue;
      await scheduler.schedule({
        kind: REMINDER_JOB,
        runAt,
        payload: { requestId: request.id, days },
        dedupeKey: `${reminderKeyPrefix(request.id)}${days > 0 ? '+' : ''}${days}d`,
      });
    }
  }
  await scheduler.schedule({ kind: DEADLINE_JOB, runAt: deadline, payload: { roundId: round.id }, dedupeKey: `deadline:${round.id}` });
}

/** What a request's mail says: the plan's title and the measures' titles as they are now. */
export async function mailContext(documents: DocumentGateway, round: RoundRecord, request: RequestRecord): Promise<RequestMailContext> {
  const scope = await loadRoundScope(documents, round.planId);
  const titles = new Map(scope.measures.map((m) => [m.id, m.title]));
  return { round, request, planTitle: scope.planTitle, measureTitles: request.measureIds.filter((id) => titles.has(id)).map((id) => titles.get(id)!) };
}

export interface RoundJobDependencies {
  cycle: CycleStore;
  documents: DocumentGateway;
  requestMailer: RequestMailer;
  notifications: NotificationService;
  plans: PlanRepository;
  memberships: MembershipRepository;
}

/** The handlers of the round jobs; each decides when it runs whether it is still wanted. */
export function registerRoundJobs(scheduler: Scheduler, deps: RoundJobDependencies): void {
  const rounds = deps.cycle.collection<RoundRecord>('rounds');
  const requests = deps.cycle.collection<RequestRecord>('requests');

  scheduler.register(REMINDER_JOB, async (job) => {
    const { requestId, days } = job.payload as { requestId: string; days: number };
    const request = await requests.get(requestId);
    const round = request ? await rounds.get(request.roundId) : undefined;
    if (!request || !round) return { skipped: 'gone' };
    const now = scheduler.now();
    if (request.revokedAt) return { skipped: 'revoked' };
    if (request.answeredAt) return { skipped: 'answered' };
    if (now > new Date(round.linksExpireAt)) return { skipped: 'expired' };
    // A reminder late by a restart, or close to the last mail (the one of a day before, a manual one): not another so soon.
    if (request.lastMailedAt && now.getTime() - new Date(request.lastMailedAt).getTime() < MIN_DAYS_BETWEEN_MAILS * 24 * 3600_000) {
      return { skipped: 'mailed-recently' };
    }
    const sent = await deps.requestMailer.send(days < 0 ? 'reminder-before' : 'reminder-after', await mailContext(deps.documents, round, request));
    return { sent };
  });

  scheduler.register(DEADLINE_JOB, async (job) => {
    const round = await rounds.get((job.payload as { roundId: string }).roundId);
    const plan = round ? await deps.plans.findById(round.planId) : undefined;
    if (!round || !plan) return { skipped: 'gone' };
    const live = (await requests.find({ roundId: round.id })).filter((r) => !r.revokedAt);
    const answered = live.filter((r) => requestState(round, r, scheduler.now()) === 'answered').length;
    const coordinators = plan.groupId ? (await deps.memberships.ofGroup(plan.groupId)).filter((m) => m.role === 'coordinator').map((m) => m.userId) : [];
    const scope = await loadRoundScope(deps.documents, plan.id);
    const link = roundPagePath(plan.id, round.id);
    await deps.notifications.notify([round.createdBy.id, ...coordinators], {
      kind: 'deadline',
      link,
      data: { planId: plan.id, planTitle: scope.planTitle, roundId: round.id, roundTitle: round.title, answered, total: live.length, deadline: round.deadlineAt },
      mail: (url) => ({ kind: 'deadline', planTitle: scope.planTitle, roundTitle: round.title, answered, total: live.length, url }),
    });
    return { answered, total: live.length };
  });
}

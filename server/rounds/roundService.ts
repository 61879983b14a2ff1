import { randomUUID } from 'node:crypto';
import type { NewRound, NoContact, Round, RoundRequest } from '../../shared/api/rounds';
import type { PersonRef } from '../../shared/people';
import type { Auditor } from '../audit/auditor';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError, notFound } from '../http/errors';
import type { NotificationService } from '../notifications/notificationService';
import type { NotificationPreferences } from '../notifications/preferences';
import type { Scheduler } from '../scheduler/scheduler';
import type { AppStore, PlanRecord } from '../storage/appStore';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';
import type { RoundDeadline } from '../calendar/occurrences';
import { addDays, deadlineInstant } from './deadline';
import { loadRoundScope, type ScopedMeasure } from './planScope';
import { requestPagePath } from './paths';
import type { ProposalRecord, Recipient, RequestRecord, RoundRecord } from './records';
import { mailContext, reminderKeyPrefix, scheduleRoundJobs } from './reminders';
import type { RequestMailer } from './requestMail';
import { requestState } from './requestState';
import { signalRounds } from './roundsSignal';

export interface RoundDependencies {
  cycle: CycleStore;
  store: AppStore;
  documents: DocumentGateway;
  requestMailer: RequestMailer;
  scheduler: Scheduler;
  notifications: NotificationService;
  preferences: NotificationPreferences;
  auditor: Auditor;
  /** Days after the deadline that response links still work. */
  graceDays: number;
}

/**
 * Status rounds: a round asks each lead party of the chosen measures for
 * their status, one request per party, mailed at once to the party's
 * contact persons (or, for a party without any, the group's coordinators);
 * reminders and the deadline are jobs of the scheduler.
 */
export class RoundService {
  private readonly rounds: RecordCollection<RoundRecord>;
  private readonly requests: RecordCollection<RequestRecord>;
  private readonly proposals: RecordCollection<ProposalRecord>;

  constructor(private readonly deps: RoundDependencies) {
    this.rounds = deps.cycle.collection<RoundRecord>('rounds');
    this.requests = deps.cycle.collection<RequestRecord>('requests');
    this.proposals = deps.cycle.collection<ProposalRecord>('proposals');
  }

  private get now() {
    return this.deps.scheduler.now;
  }

  async create(plan: PlanRecord, actor: PersonRef, input: NewRound): Promise<Round> {
    const now = this.now();
    const deadlineAt = deadlineInstant(input.deadline);
    if (deadlineAt <= now) throw new HttpError(400, 'Invalid body: deadline must be in the future');
    const scope = await loadRoundScope(this.deps.documents, plan.id);
    const measures = this.selected(scope.measures, input.measureIds);

    const round: RoundRecord = {
      id: randomUUID(),
      planId: plan.id,
      title: input.title,
      deadline: input.deadline,
      deadlineAt: deadlineAt.toISOString(),
      linksExpireAt: addDays(deadlineAt, this.deps.graceDays).toISOString(),
      applyDirectly: input.applyDirectly,
      createdAt: now.toISOString(),
      createdBy: { id: actor.id, name: actor.name },
      noContact: [],
    };
    const requests: RequestRecord[] = [];
    let fallback: Recipient[] | null = null;
    for (const [lead, group] of byLeadParty(measures)) {
      const contacts = lead ? (scope.parties.get(lead.id)?.contacts ?? []) : [];
      let recipients = await this.recipientsOf(contacts);
      const isFallback = recipients.length === 0;
      if (isFallback) {
        recipients = fallback ??= await this.fallbackRecipients(plan, actor);
        round.noContact.push({ party: lead, measureIds: group.map((m) => m.id), fallbackTo: recipients.map((r) => r.email) });
      }
      requests.push({
        id: randomUUID(),
        roundId: round.id,
        planId: plan.id,
        party: lead,
        recipients,
        fallback: isFallback,
        measureIds: group.map((m) => m.id),
        answeredAt: null,
        answeredBy: null,
        revokedAt: null,
        lastMailedAt: null,
        mailsSent: 0,
        createdAt: now.toISOString(),
      });
    }

    await this.rounds.put(round);
    for (const request of requests) await this.requests.put(request);
    await this.deps.auditor.plan(plan.id, actor, { entity: 'round', entityId: round.id, field: 'created', to: round.title });
    for (const request of requests) {
      const titles = request.measureIds.map((id) => measures.find((m) => m.id === id)?.title ?? '');
      await this.deps.requestMailer.send('round-request', { round, request, planTitle: scope.planTitle, measureTitles: titles });
      await this.notifyRespondentsWithAccounts(round, request, scope.planTitle);
    }
    await scheduleRoundJobs(this.deps.scheduler, round, requests);
    signalRounds(this.deps.documents, plan.id, { roundOpened: true });
    return this.describe(round);
  }

  /** The measures of the round in the plan's order; 400 naming any id the plan does not have. */
  private selected(measures: ScopedMeasure[], ids: string[] | undefined): ScopedMeasure[] {
    if (!ids) {
      if (measures.length === 0) throw new HttpError(400, 'The plan has no measures to ask about');
      return measures;
    }
    const known = new Set(measures.map((m) => m.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new HttpError(400, `Invalid body: measureIds: unknown measures ${unknown.slice(0, 5).join(', ')}`);
    const wanted = new Set(ids);
    return measures.filter((m) => wanted.has(m.id));
  }

  private async recipientsOf(contacts: Array<{ name: string; email: string }>): Promise<Recipient[]> {
    const unique = [...new Map(contacts.map((c) => [c.email, c])).values()];
    return Promise.all(unique.map(async (c) => ({ name: c.name || null, email: c.email, language: await this.deps.preferences.languageOfEmail(c.email) })));
  }

  /** The group's coordinators, who chase the parties; without any, whoever opened the round. */
  private async fallbackRecipients(plan: PlanRecord, actor: PersonRef): Promise<Recipient[]> {
    const users = this.deps.store.users;
    const coordinators = plan.groupId ? (await this.deps.store.memberships.ofGroup(plan.groupId)).filter((m) => m.role === 'coordinator') : [];
    const people = (await Promise.all(coordinators.map((m) => users.findById(m.userId)))).filter((u) => u !== undefined);
    if (people.length === 0) {
      const creator = await users.findById(actor.id);
      if (creator) people.push(creator);
    }
    return Promise.all(people.map(async (u) => ({ name: u.name, email: u.email, language: (await this.deps.preferences.get(u.id)).language })));
  }

  private async notifyRespondentsWithAccounts(round: RoundRecord, request: RequestRecord, planTitle: string): Promise<void> {
    const users = await Promise.all(request.recipients.map((r) => this.deps.store.users.findByEmail(r.email)));
    await this.deps.notifications.notify(
      users.filter((u) => u !== undefined).map((u) => u.id),
      {
        kind: 'request-to-answer',
        link: requestPagePath(request.id),
        data: { planId: round.planId, planTitle, roundId: round.id, roundTitle: round.title, deadline: round.deadlineAt },
      },
    );
  }

  async list(planId: string): Promise<Round[]> {
    const rounds = await this.rounds.find({ planId });
    const described = await Promise.all(rounds.map((round) => this.describe(round)));
    return described.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The rounds of these plans as the annual clock shows them. */
  async deadlinesOf(planIds: string[]): Promise<RoundDeadline[]> {
    const rounds = (await Promise.all(planIds.map((planId) => this.rounds.find({ planId })))).flat();
    return rounds.map((r) => ({ planId: r.planId, roundId: r.id, title: r.title, deadline: r.deadline, deadlineAt: r.deadlineAt }));
  }

  /** The round of this plan; 404 for another plan's round. */
  async find(planId: string, roundId: string): Promise<RoundRecord> {
    const round = await this.rounds.get(roundId);
    if (!round || round.planId !== planId) throw notFound('No such round');
    return round;
  }

  async findRequest(round: RoundRecord, requestId: string): Promise<RequestRecord> {
    const request = await this.requests.get(requestId);
    if (!request || request.roundId !== round.id) throw notFound('No such request');
    return request;
  }

  /** Its links stop working and no reminder goes; answers already given stay. */
  async revoke(plan: PlanRecord, round: RoundRecord, requestId: string, actor: PersonRef): Promise<Round> {
    const request = await this.findRequest(round, requestId);
    if (!request.revokedAt) {
      const at = this.now();
      await this.requests.update(request.id, (r) => ({ ...r, revokedAt: r.revokedAt ?? at.toISOString() }));
      await this.deps.requestMailer.revokeTokens(request.id, at.toISOString());
      await this.deps.scheduler.cancel(reminderKeyPrefix(request.id));
      await this.deps.auditor.plan(plan.id, actor, { entity: 'round-request', entityId: request.id, field: 'revoked', to: request.party?.name ?? '' });
    }
    return this.describe(round);
  }

  /** A reminder sent by hand, now: to a request not yet answered, revoked or past its links' expiry. */
  async remind(round: RoundRecord, requestId: string): Promise<Round> {
    const request = await this.findRequest(round, requestId);
    if (request.revokedAt) throw new HttpError(409, 'The request is revoked');
    if (request.answeredAt) throw new HttpError(409, 'The request is answered already');
    if (this.now() > new Date(round.linksExpireAt)) throw new HttpError(409, 'The round is closed: its links have expired');
    const kind = this.now() > new Date(round.deadlineAt) ? 'reminder-after' : 'reminder-before';
    await this.deps.requestMailer.send(kind, await mailContext(this.deps.documents, round, request));
    return this.describe(round);
  }

  async describe(round: RoundRecord): Promise<Round> {
    const now = this.now();
    const requests = await this.requests.find({ roundId: round.id });
    const described: RoundRequest[] = requests.map(({ roundId: _r, planId: _p, createdAt: _c, recipients, ...request }) => ({
      ...request,
      contacts: recipients.map((r) => r.email),
      recipients: recipients.map(({ name, email }) => ({ name, email })),
      state: requestState(round, request, now),
    }));
    const live = described.filter((r) => !r.revokedAt);
    const { noContact, ...rest } = round;
    return {
      ...rest,
      requests: described,
      noContact: noContact satisfies NoContact[],
      progress: {
        answered: live.filter((r) => r.state === 'answered').length,
        pending: live.filter((r) => r.state === 'pending').length,
        overdue: live.filter((r) => r.state === 'overdue').length,
        revoked: described.length - live.length,
      },
      pendingProposals: (await this.proposals.find({ roundId: round.id, state: 'pending' })).length,
    };
  }
}

/** Measures grouped by their lead party, in the plan's order of each party's first measure; null for those naming none. */
function byLeadParty(measures: ScopedMeasure[]): Map<ScopedMeasure['lead'], ScopedMeasure[]> {
  const groups = new Map<string, { lead: ScopedMeasure['lead']; measures: ScopedMeasure[] }>();
  for (const measure of measures) {
    const key = measure.lead?.id ?? '';
    const group = groups.get(key) ?? { lead: measure.lead, measures: [] };
    group.measures.push(measure);
    groups.set(key, group);
  }
  return new Map([...groups.values()].map((g) => [g.lead, g.measures]));
}

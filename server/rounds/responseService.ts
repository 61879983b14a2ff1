import { randomUUID } from 'node:crypto';
import type { ResponseInput, ResponseReceipt, ResponseView } from '../../shared/api/rounds';
import type { PersonRef } from '../../shared/people';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError, notFound } from '../http/errors';
import type { Clock } from '../scheduler/clock';
import type { PlanRepository, User } from '../storage/appStore';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';
import { loadRoundScope } from './planScope';
import { signalRounds } from './roundsSignal';
import type { ProposalRecord, Recipient, RequestRecord, RoundRecord, TokenRecord } from './records';
import { hashLinkToken, isLinkTokenShape } from './tokens';
import { withProposedFigures, writeAnswer } from './writeAnswer';

/** The request a link (or a signed-in respondent) answers, and who answers it. */
export interface Answering {
  round: RoundRecord;
  request: RequestRecord;
  recipient: Recipient;
}

/** The person the audit trail names for an answer written into the plan: no account, so the request stands for them. */
export function respondentActor(requestId: string, who: { name: string | null; email: string }): PersonRef {
  return { id: `respondent:${requestId}`, name: who.name || who.email };
}

/**
 * What a respondent sees and sends: only the measures of their request,
 * nothing else of the plan. Answers become proposals for an editor (or,
 * in a round that applies answers directly, are written at once).
 */
export class ResponseService {
  private readonly tokens: RecordCollection<TokenRecord>;
  private readonly requests: RecordCollection<RequestRecord>;
  private readonly rounds: RecordCollection<RoundRecord>;
  private readonly proposals: RecordCollection<ProposalRecord>;

  constructor(
    cycle: CycleStore,
    private readonly documents: DocumentGateway,
    private readonly plans: PlanRepository,
    private readonly now: Clock,
  ) {
    this.tokens = cycle.collection<TokenRecord>('responseTokens');
    this.requests = cycle.collection<RequestRecord>('requests');
    this.rounds = cycle.collection<RoundRecord>('rounds');
    this.proposals = cycle.collection<ProposalRecord>('proposals');
  }

  /** The request of a link: 404 for an unknown, forged or revoked token, 410 once it has expired. */
  async byToken(token: string): Promise<Answering> {
    const record = isLinkTokenShape(token) ? await this.tokens.get(hashLinkToken(token)) : undefined;
    const request = record ? await this.requests.get(record.requestId) : undefined;
    const round = request ? await this.rounds.get(request.roundId) : undefined;
    if (!record || !request || !round || record.revokedAt || request.revokedAt) throw notFound('This link is not valid');
    if (this.now() > new Date(record.expiresAt)) throw new HttpError(410, 'This link has expired');
    return { round, request, recipient: record.recipient };
  }

  /** A request that a signed-in user is a recipient of (same checks as a link). */
  async byUser(user: User, requestId: string): Promise<Answering> {
    const request = await this.requests.get(requestId);
    const recipient = request?.recipients.find((r) => r.email === user.email.toLowerCase());
    const round = request ? await this.rounds.get(request.roundId) : undefined;
    if (!request || !recipient || !round || request.revokedAt) throw notFound('No such request');
    if (this.now() > new Date(round.linksExpireAt)) throw new HttpError(410, 'This request has expired');
    return { round, request, recipient };
  }

  async view({ round, request, recipient }: Answering): Promise<ResponseView> {
    const scope = await loadRoundScope(this.documents, round.planId);
    const asked = new Set(request.measureIds);
    // An answer waiting for an editor is what the respondent sees again, not the plan's older value.
    const proposed = new Map((await this.proposals.find({ requestId: request.id, state: 'pending' })).map((p) => [p.measureId, p]));
    const plan = await this.plans.findById(round.planId);
    return {
      plan: { title: scope.planTitle || plan?.title || '' },
      round: { title: round.title, deadline: round.deadline, deadlineAt: round.deadlineAt },
      party: request.party ? { name: request.party.name } : null,
      respondent: { name: recipient.name, email: recipient.email },
      language: recipient.language,
      answeredAt: request.answeredAt,
      linksExpireAt: round.linksExpireAt,
      measures: scope.measures
        .filter((m) => asked.has(m.id))
        .map((m) => ({
          id: m.id,
          title: m.title,
          status: proposed.get(m.id)?.status ?? m.status,
          statusNote: proposed.get(m.id)?.statusNote ?? m.statusNote,
          indicators: m.localIndicators.map((indicator) => withProposedFigures(indicator, proposed.get(m.id)?.indicatorValues ?? [])),
        })),
    };
  }

  /**
   * Stores the answers as proposals, replacing the request's pending
   * proposals of the same measures (a respondent who answers again
   * corrects their answer), or writes them into the plan at once. A
   * measure outside the request, or no longer in the plan, is a 400 with
   * nothing stored.
   */
  async answer({ round, request, recipient }: Answering, input: ResponseInput): Promise<ResponseReceipt> {
    const asked = new Set(request.measureIds);
    const outside = input.answers.filter((a) => !asked.has(a.measureId)).map((a) => a.measureId);
    if (outside.length > 0) throw new HttpError(400, `Invalid body: measures outside this request: ${outside.slice(0, 5).join(', ')}`);
    const inPlan = new Map((await loadRoundScope(this.documents, round.planId)).measures.map((m) => [m.id, m]));
    const gone = input.answers.filter((a) => !inPlan.has(a.measureId)).map((a) => a.measureId);
    if (gone.length > 0) throw new HttpError(400, `Invalid body: measures no longer in the plan: ${gone.slice(0, 5).join(', ')}`);
    // Figures only for the local indicators that follow the measure answered.
    for (const a of input.answers) {
      const own = new Set(inPlan.get(a.measureId)!.localIndicators.map((i) => i.id));
      const strangers = a.indicatorValues.filter((v) => !own.has(v.indicatorId)).map((v) => v.indicatorId);
      if (strangers.length > 0) throw new HttpError(400, `Invalid body: indicators not followed by measure ${a.measureId}: ${strangers.slice(0, 5).join(', ')}`);
    }

    const at = this.now().toISOString();
    const by = { name: recipient.name, email: recipient.email };
    if (round.applyDirectly) {
      await this.documents.change(
        round.planId,
        (doc) => {
          for (const a of input.answers) writeAnswer(doc, a);
        },
        respondentActor(request.id, by),
      );
    }
    const answered = new Set(input.answers.map((a) => a.measureId));
    let replaced = 0;
    for (const earlier of await this.proposals.find({ requestId: request.id, state: 'pending' })) {
      if (!answered.has(earlier.measureId)) continue;
      const updated = await this.proposals.update(earlier.id, (p) => (p.state === 'pending' ? { ...p, state: 'replaced', decidedAt: at } : null));
      if (updated?.state === 'replaced') replaced++;
    }
    for (const a of input.answers) {
      await this.proposals.put({
        id: randomUUID(),
        planId: round.planId,
        roundId: round.id,
        requestId: request.id,
        measureId: a.measureId,
        status: a.status,
        statusNote: a.statusNote,
        indicatorValues: a.indicatorValues,
        by,
        at,
        state: round.applyDirectly ? 'applied' : 'pending',
        decidedAt: round.applyDirectly ? at : null,
        decidedBy: null,
      });
    }
    await this.requests.update(request.id, (r) => ({ ...r, answeredAt: at, answeredBy: by }));
    signalRounds(this.documents, round.planId, {
      proposalsChanged: true,
      updated: round.applyDirectly ? { measureIds: input.answers.map((a) => a.measureId), at } : null,
    });
    return { received: input.answers.length, outcome: round.applyDirectly ? 'applied' : 'proposals', replaced };
  }
}

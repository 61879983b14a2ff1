import type { PlanProposal, Proposal } from '../../shared/api/rounds';
import type { PersonRef } from '../../shared/people';
import { getMeasure, readPlanTitle, readTextValue } from '../../shared/plan';
import type { Auditor } from '../audit/auditor';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError, notFound } from '../http/errors';
import type { NotificationService } from '../notifications/notificationService';
import type { Clock } from '../scheduler/clock';
import type { UserRepository } from '../storage/appStore';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';
import { planPagePath } from './paths';
import { signalRounds } from './roundsSignal';
import type { ProposalRecord, RoundRecord } from './records';
import { respondentActor } from './responseService';
import { writeAnswer } from './writeAnswer';

const toProposal = ({ planId: _planId, ...proposal }: ProposalRecord): Proposal => proposal;

/** An editor's decision on an answer: accepted answers are written into the live plan in the respondent's name. */
export class ProposalService {
  private readonly proposals: RecordCollection<ProposalRecord>;
  private readonly rounds: RecordCollection<RoundRecord>;

  constructor(
    cycle: CycleStore,
    private readonly documents: DocumentGateway,
    private readonly auditor: Auditor,
    private readonly notifications: NotificationService,
    private readonly users: UserRepository,
    private readonly now: Clock,
  ) {
    this.proposals = cycle.collection<ProposalRecord>('proposals');
    this.rounds = cycle.collection<RoundRecord>('rounds');
  }

  async list(round: RoundRecord): Promise<Proposal[]> {
    return (await this.proposals.find({ roundId: round.id })).map(toProposal).sort((a, b) => b.at.localeCompare(a.at));
  }

  /** Pending proposals of all the plan's rounds with their round's title, newest first: the table's markers, in one request. */
  async pendingOfPlan(planId: string): Promise<PlanProposal[]> {
    const [pending, rounds] = await Promise.all([this.proposals.find({ planId, state: 'pending' }), this.rounds.find({ planId })]);
    const titles = new Map(rounds.map((r) => [r.id, r.title]));
    return pending.map((p) => ({ ...toProposal(p), roundTitle: titles.get(p.roundId) ?? '' })).sort((a, b) => b.at.localeCompare(a.at));
  }

  /**
   * Writes the proposal's status and status note into the live plan as one
   * change whose audit entries name the respondent; the editor who accepted
   * is recorded as well. Taken from `pending` first, so two editors
   * accepting at once write it once.
   */
  async accept(round: RoundRecord, proposalId: string, editor: PersonRef): Promise<Proposal> {
    const proposal = await this.decide(round, proposalId, 'accepted', editor);
    try {
      const measureTitle = await this.documents.change(
        round.planId,
        (doc) => {
          const measure = getMeasure(doc, proposal.measureId);
          if (!measure) return null;
          writeAnswer(doc, { ...proposal, indicatorValues: proposal.indicatorValues ?? [] });
          return readTextValue(measure.get('title'));
        },
        respondentActor(proposal.requestId, proposal.by),
      );
      if (measureTitle === null) throw new HttpError(409, 'The measure is no longer in the plan');
      await this.auditor.plan(round.planId, editor, { entity: 'proposal', entityId: proposal.id, field: 'accepted', to: proposal.measureId });
      signalRounds(this.documents, round.planId, {
        proposalsChanged: true,
        updated: { measureIds: [proposal.measureId], at: proposal.decidedAt ?? this.now().toISOString() },
      });
      await this.notifyRespondent(round, proposal, measureTitle);
      return toProposal(proposal);
    } catch (error) {
      // Not written: the proposal waits again.
      await this.proposals.update(proposal.id, (p) => ({ ...p, state: 'pending', decidedAt: null, decidedBy: null }));
      throw error;
    }
  }

  async reject(round: RoundRecord, proposalId: string, editor: PersonRef): Promise<Proposal> {
    const proposal = await this.decide(round, proposalId, 'rejected', editor);
    await this.auditor.plan(round.planId, editor, { entity: 'proposal', entityId: proposal.id, field: 'rejected', to: proposal.measureId });
    signalRounds(this.documents, round.planId, { proposalsChanged: true });
    return toProposal(proposal);
  }

  private async decide(round: RoundRecord, proposalId: string, state: 'accepted' | 'rejected', editor: PersonRef): Promise<ProposalRecord> {
    const current = await this.proposals.get(proposalId);
    if (!current || current.roundId !== round.id) throw notFound('No such proposal');
    let taken = false;
    const decided = await this.proposals.update(proposalId, (p) => {
      if (p.state !== 'pending') return null;
      taken = true;
      return { ...p, state, decidedAt: this.now().toISOString(), decidedBy: { id: editor.id, name: editor.name } };
    });
    if (!decided || !taken) throw new HttpError(409, `The proposal is ${decided?.state ?? current.state} already`);
    return decided;
  }

  private async notifyRespondent(round: RoundRecord, proposal: ProposalRecord, measureTitle: string): Promise<void> {
    const user = await this.users.findByEmail(proposal.by.email);
    if (!user) return;
    const planTitle = await this.documents.read(round.planId, readPlanTitle);
    await this.notifications.notify([user.id], {
      kind: 'accepted-answer',
      link: planPagePath(round.planId),
      data: { planId: round.planId, planTitle, roundId: round.id, roundTitle: round.title, measureTitle },
      mail: (url) => ({ kind: 'accepted-answer', planTitle, measureTitle, url }),
    });
  }
}

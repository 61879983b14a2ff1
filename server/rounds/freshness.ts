import type { FreshnessRound, MeasureFreshness } from '../../shared/api/rounds';
import type { DocumentGateway } from '../collab/documentGateway';
import type { Clock } from '../scheduler/clock';
import type { AuditLog } from '../storage/auditLog';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';
import { addDays } from './deadline';
import type { ProposalRecord, RequestRecord, RoundRecord } from './records';

/**
 * The measure fields whose change is an update of its status: the traffic
 * light, the status note (a new note under the same light is news), and
 * `created`, when the measure got its first status.
 */
const STATUS_FIELDS = ['status', 'statusNote', 'created'] as const;

/**
 * How many audit entries of each field are read. Newest first, so only a
 * measure whose last change is older than this many changes of that field in
 * the plan falls out (and shows no date rather than a wrong one).
 */
const ENTRIES_PER_FIELD = 50_000;

/** A round older than this no longer counts as the current one: the year's own rule says the same. */
const CURRENT_ROUND_DAYS = 365;

/**
 * When each measure's status was last updated, for the whole plan at once
 * (the table asks once, never per row): from the audit trail, which records
 * every change made in the table, by the server or by a respondent's
 * accepted answer, and from the rounds' answers accepted or applied, which
 * confirm a status even when they leave it as it was.
 */
export class MeasureFreshnessService {
  private readonly rounds: RecordCollection<RoundRecord>;
  private readonly requests: RecordCollection<RequestRecord>;
  private readonly proposals: RecordCollection<ProposalRecord>;

  constructor(
    cycle: CycleStore,
    private readonly audit: AuditLog,
    private readonly documents: Pick<DocumentGateway, 'flushAudit'>,
    private readonly now: Clock,
  ) {
    this.rounds = cycle.collection<RoundRecord>('rounds');
    this.requests = cycle.collection<RequestRecord>('requests');
    this.proposals = cycle.collection<ProposalRecord>('proposals');
  }

  async ofPlan(planId: string): Promise<MeasureFreshness> {
    // A status note typed a moment ago is still a burst in memory.
    await this.documents.flushAudit(planId);
    const [entries, proposals] = await Promise.all([
      Promise.all(STATUS_FIELDS.map((field) => this.audit.list(planId, { entity: 'measure', field, limit: ENTRIES_PER_FIELD }))),
      this.proposals.find({ planId }),
    ]);
    const latest: Record<string, string> = {};
    const note = (measureId: string, at: string | null) => {
      const known = latest[measureId];
      if (at && (known === undefined || at > known)) latest[measureId] = at;
    };
    for (const entry of entries.flat()) note(entry.entityId, entry.at);
    for (const p of proposals) if (p.state === 'accepted' || p.state === 'applied') note(p.measureId, p.decidedAt);
    return { statusUpdatedAt: latest, currentRound: await this.currentRound(planId) };
  }

  /** The newest round opened within the last year, with the measures it asked about. */
  private async currentRound(planId: string): Promise<FreshnessRound | null> {
    const since = addDays(this.now(), -CURRENT_ROUND_DAYS).toISOString();
    const round = (await this.rounds.find({ planId })).filter((r) => r.createdAt >= since).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!round) return null;
    const measureIds = new Set((await this.requests.find({ roundId: round.id })).flatMap((r) => r.measureIds));
    return { id: round.id, title: round.title, openedAt: round.createdAt, measureIds: [...measureIds] };
  }
}

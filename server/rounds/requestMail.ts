import type { Mailer } from '../mail/mailer';
import type { RequestMail } from '../mail/wording';
import type { Clock } from '../scheduler/clock';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';
import type { RequestRecord, RoundRecord, TokenRecord } from './records';
import { responsePath } from './paths';
import { hashLinkToken, newLinkToken } from './tokens';

export interface RequestMailContext {
  round: RoundRecord;
  request: RequestRecord;
  planTitle: string;
  /** The titles of the request's measures, in the plan's order. */
  measureTitles: string[];
}

/**
 * Sends a request's mail (the request itself or a reminder) to each of its
 * recipients, each with a link of its own: a fresh token per mail, since
 * only its hash is kept and an earlier link cannot be written again. All of
 * a request's tokens open the same request and expire and are revoked with
 * it. Recipients who chose not to get this kind by e-mail are skipped.
 */
export class RequestMailer {
  private readonly tokens: RecordCollection<TokenRecord>;
  private readonly requests: RecordCollection<RequestRecord>;

  constructor(
    cycle: CycleStore,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly now: Clock,
    /** False for a recipient with an account who turned these mails off (they see the request in the app). */
    private readonly wantsMail: (email: string) => Promise<boolean>,
  ) {
    this.tokens = cycle.collection<TokenRecord>('responseTokens');
    this.requests = cycle.collection<RequestRecord>('requests');
  }

  /** Answers how many mails were queued. */
  async send(kind: RequestMail['kind'], { round, request, planTitle, measureTitles }: RequestMailContext): Promise<number> {
    const now = this.now();
    let sent = 0;
    for (const recipient of request.recipients) {
      if (!(await this.wantsMail(recipient.email))) continue;
      const token = newLinkToken();
      await this.tokens.put({
        id: hashLinkToken(token),
        requestId: request.id,
        roundId: round.id,
        planId: round.planId,
        recipient,
        createdAt: now.toISOString(),
        expiresAt: round.linksExpireAt,
        revokedAt: request.revokedAt,
      });
      await this.mailer.send(recipient, {
        kind,
        recipientName: recipient.name,
        planTitle,
        roundTitle: round.title,
        partyName: request.party?.name ?? '—',
        fallback: request.fallback,
        deadline: new Date(round.deadlineAt),
        expires: new Date(round.linksExpireAt),
        measures: measureTitles,
        url: `${this.publicUrl}${responsePath(token)}`,
      });
      sent++;
    }
    if (sent > 0) {
      await this.requests.update(request.id, (r) => ({ ...r, lastMailedAt: now.toISOString(), mailsSent: r.mailsSent + sent }));
    }
    return sent;
  }

  /** Every link of the request stops working. */
  async revokeTokens(requestId: string, at: string): Promise<void> {
    for (const token of await this.tokens.find({ requestId })) {
      await this.tokens.update(token.id, (t) => ({ ...t, revokedAt: t.revokedAt ?? at }));
    }
  }
}

import type { Connection, Extension, onStatelessPayload } from '@hocuspocus/server';
import { parseDocumentName } from '../../shared/documentNames';
import { meetingClaimAnswerPayload, parseMeetingClaim } from '../../shared/meeting';
import type { ConnectionContext } from '../collab/authExtension';
import { moduleLogger } from '../logging/logger';
import type { PlanRepository } from '../storage/appStore';
import type { MeetingRepository } from '../storage/meetingRepository';

const log = moduleLogger('meetings');

/** How often claims are checked again: a meeting closed through another server process ends its claims here within this time. */
const RECHECK_MS = 30_000;

/**
 * Which plan connections are in which meeting, so that their edits of the
 * plan are recorded with the meeting in the audit trail (`meetingId`, read
 * by the table audit from the connection) and listed in its minutes.
 *
 * The web app's meeting page claims the meeting on its plan connection
 * (`shared/meeting/claim.ts`). The claim is checked here, never taken on
 * trust: the meeting must be open, about this very plan and held by the
 * plan's group, and the connection must be one that may write the plan (an
 * editing role in the group, or the administrator). A claim ends when the
 * meeting is closed (`endMeeting`, and for a meeting closed through another
 * process at the next recheck), when the client leaves the meeting, or with
 * the connection. The minutes also count only changes made between the
 * meeting's opening and closing, so a claim outliving its meeting in another
 * process for a moment still adds nothing to them.
 *
 * Stateless messages are not serialised with a connection's updates by
 * Hocuspocus, so an edit sent in the same instant as the claim may be
 * recorded without it; the client shows that it is in the meeting only once
 * the server has answered.
 */
export class MeetingClaims implements Extension {
  readonly extensionName = 'meeting-claims';
  private readonly byMeeting = new Map<string, Set<Connection>>();
  /** The latest claim of each connection: an earlier one whose check finishes later does not win. */
  private readonly latest = new WeakMap<Connection, number>();
  private readonly watched = new WeakSet<Connection>();
  private nextClaim = 1;
  private recheck: NodeJS.Timeout | undefined;

  constructor(
    private readonly meetings: Pick<MeetingRepository, 'findById'>,
    private readonly plans: Pick<PlanRepository, 'findById'>,
    private readonly recheckMs = RECHECK_MS,
  ) {}

  async onStateless({ connection, documentName, payload }: onStatelessPayload): Promise<void> {
    const claim = parseMeetingClaim(payload);
    const target = parseDocumentName(documentName);
    const context = connection.context as ConnectionContext | undefined;
    if (!claim || target?.kind !== 'plan' || !context?.user) return;
    const ticket = this.nextClaim++;
    this.latest.set(connection, ticket);
    const accepted = claim.meetingId !== null && (await this.mayClaim(connection, target.planId, claim.meetingId));
    if (this.latest.get(connection) !== ticket) return;
    this.leave(connection);
    if (accepted && claim.meetingId) this.join(connection, claim.meetingId);
    connection.sendStateless(meetingClaimAnswerPayload({ meetingId: claim.meetingId, accepted }));
  }

  /** Ends every claim of the meeting in this process, telling the clients. */
  endMeeting(meetingId: string): void {
    const connections = this.byMeeting.get(meetingId);
    if (!connections) return;
    this.byMeeting.delete(meetingId);
    for (const connection of connections) {
      delete (connection.context as ConnectionContext).meetingId;
      connection.sendStateless(meetingClaimAnswerPayload({ meetingId, accepted: false }));
    }
    this.stopRecheckWhenIdle();
  }

  async onDestroy(): Promise<void> {
    clearInterval(this.recheck);
    this.recheck = undefined;
  }

  private async mayClaim(connection: Connection, planId: string, meetingId: string): Promise<boolean> {
    if (connection.readOnly) return false;
    try {
      const meeting = await this.meetings.findById(meetingId);
      if (meeting?.planId !== planId || meeting.state !== 'open') return false;
      return (await this.plans.findById(planId))?.groupId === meeting.groupId;
    } catch (error) {
      // The store is away: no claim now; the page claims again when it reconnects.
      log.warn({ err: error, meetingId }, 'could not check a meeting claim');
      return false;
    }
  }

  private join(connection: Connection, meetingId: string): void {
    (connection.context as ConnectionContext).meetingId = meetingId;
    const connections = this.byMeeting.get(meetingId) ?? new Set();
    connections.add(connection);
    this.byMeeting.set(meetingId, connections);
    if (!this.watched.has(connection)) {
      this.watched.add(connection);
      connection.onClose(() => this.leave(connection));
    }
    this.recheck ??= setInterval(() => void this.recheckAll(), this.recheckMs).unref();
  }

  private leave(connection: Connection): void {
    const context = connection.context as ConnectionContext;
    const meetingId = context.meetingId;
    if (!meetingId) return;
    delete context.meetingId;
    const connections = this.byMeeting.get(meetingId);
    connections?.delete(connection);
    if (connections?.size === 0) this.byMeeting.delete(meetingId);
    this.stopRecheckWhenIdle();
  }

  private async recheckAll(): Promise<void> {
    for (const meetingId of [...this.byMeeting.keys()]) {
      try {
        if ((await this.meetings.findById(meetingId))?.state !== 'open') this.endMeeting(meetingId);
      } catch (error) {
        log.warn({ err: error, meetingId }, 'could not recheck a meeting’s claims');
      }
    }
  }

  private stopRecheckWhenIdle(): void {
    if (this.byMeeting.size > 0 || !this.recheck) return;
    clearInterval(this.recheck);
    this.recheck = undefined;
  }
}

import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { CommentCreated, ThreadForUser } from '../../shared/api/comments';
import type { AgendaCommentInput, MeetingDetail, MeetingSummary, MinutesFormat, NewMeeting } from '../../shared/api/meetings';
import { meetingDocumentName } from '../../shared/documentNames';
import { addAgendaItem, readMeeting, setMeetingMeta } from '../../shared/meeting';
import type { PersonRef } from '../../shared/people';
import type { PlanData } from '../../shared/plan';
import type { Auditor } from '../audit/auditor';
import type { DocumentGateway } from '../collab/documentGateway';
import type { CommentService } from '../comments/commentService';
import { exportableStrings } from '../exports/common/exportableText';
import { HttpError, notFound } from '../http/errors';
import type { AppStore, Group, PlanRecord } from '../storage/appStore';
import type { AuditLog } from '../storage/auditLog';
import type { MeetingRecord } from '../storage/meetingRepository';
import type { MeetingClaims } from './meetingClaims';
import { isChangedEntity, type MeetingChange } from './minutes/minutesChanges';
import { renderMinutesHtml } from './minutes/minutesHtml';
import { approvedSnapshot, buildMinutes, readApprovedSnapshot, type Minutes, type MinutesFacts, type MinutesFileFormat } from './minutes/minutesModel';

/** More than any meeting makes; the minutes list every change made in the meeting. */
const MAX_CHANGES = 5000;

export const summaryOf = ({ id, groupId, planId, title, startsAt, state, createdAt, openedAt, closedAt, approvedAt, approvedBy }: MeetingRecord): MeetingSummary => ({
  id,
  groupId,
  planId,
  title,
  startsAt,
  state,
  createdAt,
  openedAt,
  closedAt,
  approvedAt,
  approvedBy,
});

export interface MeetingServiceDeps {
  store: AppStore;
  documents: DocumentGateway;
  audit: AuditLog;
  auditor: Auditor;
  /** Word and PDF, made on a thread of the export pool (`ExportPool.renderMinutes`) so the main thread never loads their libraries. */
  renderFile: (format: MinutesFileFormat, minutes: Minutes) => Promise<Buffer>;
  claims: Pick<MeetingClaims, 'endMeeting'>;
  comments: Pick<CommentService, 'add' | 'list'>;
}

/**
 * Meetings of a steering group: the index in storage, the document
 * `meeting:<id>` (through the gateway, like every document), its state
 * (set here only), approval, comments on its items and minutes.
 */
export class MeetingService {
  private readonly store: AppStore;
  private readonly documents: DocumentGateway;

  constructor(private readonly deps: MeetingServiceDeps) {
    this.store = deps.store;
    this.documents = deps.documents;
  }

  async create(group: Group, plan: PlanRecord, input: Required<NewMeeting>, actor: PersonRef): Promise<MeetingRecord> {
    if (plan.groupId !== group.id) throw new HttpError(400, 'The plan is not one of the group’s plans');
    const record: MeetingRecord = {
      id: randomUUID(),
      groupId: group.id,
      planId: plan.id,
      title: input.title,
      startsAt: new Date(input.startsAt).toISOString(),
      state: 'planned',
      createdBy: actor.id,
      createdAt: new Date().toISOString(),
      openedAt: null,
      closedAt: null,
      approvedAt: null,
      approvedBy: null,
    };
    const plannedFrom = input.agenda === 'none' ? null : await this.documents.planData(plan.id, { includeBody: false });
    const doc = new Y.Doc();
    setMeetingMeta(doc, { title: record.title, startsAt: record.startsAt, place: input.place, videoLink: input.videoLink, planId: plan.id, state: 'planned' });
    if (plannedFrom) prefillAgenda(doc, plannedFrom, input.agenda === 'measures');
    // The document first: a meeting in the index can always be opened.
    await this.documents.create(meetingDocumentName(record.id), doc);
    doc.destroy();
    await this.store.meetings.create(record);
    await this.deps.auditor.plan(plan.id, actor, { entity: 'meeting', entityId: record.id, field: 'created', to: record.title });
    return record;
  }

  async detail(meeting: MeetingRecord, rights: { canWrite: boolean; canManage: boolean; canComment: boolean }): Promise<MeetingDetail> {
    const data = await this.documents.readDocument(meetingDocumentName(meeting.id), readMeeting);
    return { ...summaryOf(meeting), ...rights, data: { ...data, meta: { ...data.meta, state: meeting.state } } };
  }

  /** Opens or closes the meeting: while it is open, the edits of those in it are the meeting's. */
  async setState(meeting: MeetingRecord, state: 'open' | 'closed', actor: PersonRef): Promise<MeetingRecord> {
    if (meeting.state === 'approved') throw new HttpError(409, 'The minutes are approved: the meeting cannot change');
    if (meeting.state === state) return meeting;
    const now = new Date().toISOString();
    // Reopening keeps the first opening time: the changes of the whole meeting stay in its minutes.
    const changes = state === 'open' ? { state, openedAt: meeting.openedAt ?? now, closedAt: null } : { state, closedAt: now };
    await this.store.meetings.update(meeting.id, changes);
    if (state === 'closed') this.deps.claims.endMeeting(meeting.id);
    await this.documents.changeDocument(meetingDocumentName(meeting.id), (doc) => setMeetingMeta(doc, { state }), actor);
    await this.deps.auditor.plan(meeting.planId, actor, { entity: 'meeting', entityId: meeting.id, field: 'state', from: meeting.state, to: state });
    return { ...meeting, ...changes };
  }

  /** Stores the document with its facts as the approved minutes; later edits of the document do not reach them. */
  async approve(meeting: MeetingRecord, actor: PersonRef): Promise<MeetingRecord> {
    if (meeting.state === 'approved') throw new HttpError(409, 'The minutes are already approved');
    const closed = meeting.state === 'closed' ? meeting : await this.setState(meeting, 'closed', actor);
    const name = meetingDocumentName(meeting.id);
    const state = await this.documents.readDocument(name, (doc) => Y.encodeStateAsUpdate(doc));
    const snapshot = approvedSnapshot(state, await this.facts(closed));
    const approvedAt = new Date().toISOString();
    if (!(await this.store.meetings.approve(meeting.id, { approvedAt, approvedBy: actor, state: snapshot }))) {
      throw new HttpError(409, 'The minutes are already approved');
    }
    await this.documents.changeDocument(name, (doc) => setMeetingMeta(doc, { state: 'approved' }), actor);
    await this.deps.auditor.plan(meeting.planId, actor, { entity: 'meeting', entityId: meeting.id, field: 'approved', to: approvedAt });
    return { ...closed, state: 'approved', approvedAt, approvedBy: actor };
  }

  /** HTML on this thread (it needs no library); Word and PDF on an export thread. Refusals of the pool are `ExportRefused`. */
  async minutes(meeting: MeetingRecord, format: MinutesFormat, itemId?: string): Promise<{ minutes: Minutes; body: Buffer | string }> {
    const approved = meeting.approvedAt !== null ? await this.store.meetings.approvedState(meeting.id) : undefined;
    const { data, facts } = approved
      ? readApprovedSnapshot(approved)
      : { data: await this.documents.readDocument(meetingDocumentName(meeting.id), readMeeting), facts: await this.facts(meeting) };
    if (itemId && !data.agenda.some((item) => item.id === itemId)) throw notFound('No such agenda item');
    // The one gate for what people wrote: well-formed and XML-safe in every format.
    const minutes = exportableStrings(buildMinutes(data, facts, { approved: Boolean(approved), itemId }));
    return { minutes, body: format === 'html' ? renderMinutesHtml(minutes) : await this.deps.renderFile(format, minutes) };
  }

  /** A new thread on one of the meeting's agenda items, in the plan's discussion (its roles, notifications and read marks). */
  async comment(meeting: MeetingRecord, plan: PlanRecord, itemId: string, actor: PersonRef, input: AgendaCommentInput): Promise<CommentCreated> {
    const agenda = await this.documents.readDocument(meetingDocumentName(meeting.id), (doc) => readMeeting(doc).agenda);
    const index = agenda.findIndex((item) => item.id === itemId);
    if (index < 0) throw notFound('No such agenda item');
    const quote = `§ ${index + 1} ${agenda[index]!.title}`.slice(0, 2000);
    return this.deps.comments.add(plan, actor, { agendaItem: { meetingId: meeting.id, itemId }, quote, text: input.text, mentions: input.mentions });
  }

  /** The threads on this meeting's items, as the plan's comment list gives them to this user. */
  async comments(meeting: MeetingRecord, plan: PlanRecord, userId: string): Promise<ThreadForUser[]> {
    return (await this.deps.comments.list(plan, userId)).filter((thread) => thread.agendaItem?.meetingId === meeting.id);
  }

  /** Names, the plan's words and the changes made in the meeting, as of now. */
  private async facts(meeting: MeetingRecord): Promise<MinutesFacts> {
    const [group, plan, memberships, data] = await Promise.all([
      this.store.groups.findById(meeting.groupId),
      this.store.plans.findById(meeting.planId),
      this.store.memberships.ofGroup(meeting.groupId),
      this.documents.planData(meeting.planId, { includeBody: false }),
    ]);
    const people: Record<string, string> = {};
    const doc = await this.documents.readDocument(meetingDocumentName(meeting.id), readMeeting);
    const userIds = new Set([...memberships.map((m) => m.userId), ...doc.attendance.flatMap((a) => [a.userId, ...(a.deputyFor ? [a.deputyFor] : [])])]);
    for (const userId of userIds) people[userId] = (await this.store.users.findById(userId))?.name ?? '';
    const outline: Pick<MinutesFacts, 'measures' | 'goals' | 'focusAreas'> = { measures: {}, goals: {}, focusAreas: {} };
    for (const area of data.focusAreas) {
      outline.focusAreas[area.id] = { title: area.title };
      for (const goal of area.goals) {
        outline.goals[goal.id] = { title: goal.title, focusAreaId: area.id };
        for (const m of goal.measures) outline.measures[m.id] = { title: m.title, goalId: goal.id, focusAreaId: area.id };
      }
    }
    return {
      groupName: group?.name ?? '',
      planTitle: plan?.title ?? data.title,
      people,
      memberIds: memberships.map((m) => m.userId),
      ...outline,
      changes: await this.changes(meeting),
    };
  }

  /**
   * The edits of the plan recorded with this meeting (by the connections the
   * server let into it, `MeetingClaims`), oldest first, and only those made
   * while it was open.
   */
  private async changes(meeting: MeetingRecord): Promise<MeetingChange[]> {
    if (!meeting.openedAt) return [];
    // Text typed a moment ago is still a burst in memory: write it out so the list is complete.
    await this.documents.flushAudit(meeting.planId);
    const entries = await this.deps.audit.list(meeting.planId, { meetingId: meeting.id, since: meeting.openedAt, until: meeting.closedAt ?? undefined, limit: MAX_CHANGES });
    return entries.reverse().flatMap((entry): MeetingChange[] => {
      const { entity } = entry;
      return isChangedEntity(entity) ? [{ at: entry.at, by: entry.user?.name ?? '', entity, entityId: entry.entityId, field: entry.field, from: entry.from, to: entry.to }] : [];
    });
  }
}

/** One item per focus area, or also one per measure under it; the plan's own order. */
function prefillAgenda(doc: Y.Doc, plan: PlanData, withMeasures: boolean): void {
  doc.transact(() => {
    for (const area of plan.focusAreas) {
      addAgendaItem(doc, { kind: 'focusArea', targetId: area.id, title: area.title });
      if (!withMeasures) continue;
      for (const goal of area.goals) for (const measure of goal.measures) addAgendaItem(doc, { kind: 'measure', targetId: measure.id, title: measure.title });
    }
  });
}

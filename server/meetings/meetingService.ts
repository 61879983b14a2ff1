import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { MeetingDetail, MeetingSummary, MinutesFormat, NewMeeting } from '../../shared/api/meetings';
import { meetingDocumentName } from '../../shared/documentNames';
import { addAgendaItem, readMeeting, setMeetingMeta } from '../../shared/meeting';
import type { PersonRef } from '../../shared/people';
import type { PlanData } from '../../shared/plan';
import type { Auditor } from '../audit/auditor';
import type { DocumentGateway } from '../collab/documentGateway';
import { HttpError } from '../http/errors';
import type { AppStore, Group, PlanRecord } from '../storage/appStore';
import type { AuditLog } from '../storage/auditLog';
import type { MeetingRecord } from '../storage/meetingRepository';
import { approvedSnapshot, buildMinutes, readApprovedSnapshot, type MinutesFacts } from './minutes/minutesModel';
import { renderMinutesDocx } from './minutes/minutesDocx';
import { renderMinutesHtml } from './minutes/minutesHtml';
import { renderMinutesPdf } from './minutes/minutesPdf';

/** More than any meeting makes; the minutes list every status change of the meeting's time. */
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

/**
 * Meetings of a steering group: the index in storage, the document
 * `meeting:<id>` (through the gateway, like every document), its state
 * (set here only), approval and minutes.
 */
export class MeetingService {
  constructor(
    private readonly store: AppStore,
    private readonly documents: DocumentGateway,
    private readonly audit: AuditLog,
    private readonly auditor: Auditor,
  ) {}

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
    await this.auditor.plan(plan.id, actor, { entity: 'meeting', entityId: record.id, field: 'created', to: record.title });
    return record;
  }

  async detail(meeting: MeetingRecord, rights: { canWrite: boolean; canManage: boolean }): Promise<MeetingDetail> {
    const data = await this.documents.readDocument(meetingDocumentName(meeting.id), readMeeting);
    return { ...summaryOf(meeting), ...rights, data: { ...data, meta: { ...data.meta, state: meeting.state } } };
  }

  /** Opens or closes the meeting: while it is open, status changes of its plan are the meeting's. */
  async setState(meeting: MeetingRecord, state: 'open' | 'closed', actor: PersonRef): Promise<MeetingRecord> {
    if (meeting.state === 'approved') throw new HttpError(409, 'The minutes are approved: the meeting cannot change');
    if (meeting.state === state) return meeting;
    const now = new Date().toISOString();
    // Reopening keeps the first opening time: the changes of the whole meeting stay in its minutes.
    const changes = state === 'open' ? { state, openedAt: meeting.openedAt ?? now, closedAt: null } : { state, closedAt: now };
    await this.store.meetings.update(meeting.id, changes);
    await this.documents.changeDocument(meetingDocumentName(meeting.id), (doc) => setMeetingMeta(doc, { state }), actor);
    await this.auditor.plan(meeting.planId, actor, { entity: 'meeting', entityId: meeting.id, field: 'state', from: meeting.state, to: state });
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
    await this.auditor.plan(meeting.planId, actor, { entity: 'meeting', entityId: meeting.id, field: 'approved', to: approvedAt });
    return { ...closed, state: 'approved', approvedAt, approvedBy: actor };
  }

  async minutes(meeting: MeetingRecord, format: MinutesFormat, itemId?: string): Promise<Buffer | string> {
    const approved = meeting.approvedAt !== null ? await this.store.meetings.approvedState(meeting.id) : undefined;
    const { data, facts } = approved
      ? readApprovedSnapshot(approved)
      : { data: await this.documents.readDocument(meetingDocumentName(meeting.id), readMeeting), facts: await this.facts(meeting) };
    if (itemId && !data.agenda.some((item) => item.id === itemId)) throw new HttpError(404, 'No such agenda item');
    const minutes = buildMinutes(data, facts, { approved: Boolean(approved), itemId });
    if (format === 'html') return renderMinutesHtml(minutes);
    return format === 'docx' ? renderMinutesDocx(minutes) : renderMinutesPdf(minutes);
  }

  /** Names, the plan's words and the status changes made while the meeting was open, as of now. */
  private async facts(meeting: MeetingRecord): Promise<MinutesFacts> {
    const [group, plan, memberships, data] = await Promise.all([
      this.store.groups.findById(meeting.groupId),
      this.store.plans.findById(meeting.planId),
      this.store.memberships.ofGroup(meeting.groupId),
      this.documents.planData(meeting.planId, { includeBody: false }),
    ]);
    const statusChanges: MinutesFacts['statusChanges'] = [];
    if (meeting.openedAt) {
      await this.documents.flushAudit(meeting.planId);
      const entries = await this.audit.list(meeting.planId, { entity: 'measure', field: 'status', since: meeting.openedAt, until: meeting.closedAt ?? undefined, limit: MAX_CHANGES });
      for (const entry of entries.reverse()) statusChanges.push({ at: entry.at, by: entry.user?.name ?? '', measureId: entry.entityId, from: entry.from, to: entry.to });
    }
    const people: Record<string, string> = {};
    const doc = await this.documents.readDocument(meetingDocumentName(meeting.id), readMeeting);
    const userIds = new Set([...memberships.map((m) => m.userId), ...doc.attendance.flatMap((a) => [a.userId, ...(a.deputyFor ? [a.deputyFor] : [])])]);
    for (const userId of userIds) people[userId] = (await this.store.users.findById(userId))?.name ?? '';
    const measures: MinutesFacts['measures'] = {};
    for (const area of data.focusAreas) for (const goal of area.goals) for (const m of goal.measures) measures[m.id] = { title: m.title, goalId: goal.id, focusAreaId: area.id };
    return { groupName: group?.name ?? '', planTitle: plan?.title ?? data.title, people, memberIds: memberships.map((m) => m.userId), measures, statusChanges };
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

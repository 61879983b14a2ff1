import { Router, type Response } from 'express';
import { meetingStateSchema, minutesQuerySchema, newMeetingSchema, type MeetingSummary } from '../../shared/api/meetings';
import { isPlanId } from '../../shared/documentNames';
import type { Capabilities } from '../../shared/roles';
import { authOf } from '../auth/middleware';
import { connectionMayWrite } from '../collab/authExtension';
import { contentDisposition, exportFileName } from '../exports/common/fileName';
import { notFound, parseInput } from '../http/errors';
import type { AccessService } from '../plans/access';
import { requireRight } from '../plans/visiblePlan';
import type { AppStore } from '../storage/appStore';
import type { MeetingRecord } from '../storage/meetingRepository';
import { summaryOf, type MeetingService } from './meetingService';

const MANAGE = 'Only the chair or the secretary manages the group’s meetings';
const TYPES = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

interface MeetingRouteDependencies {
  store: AppStore;
  access: AccessService;
  meetings: MeetingService;
}

/** Mounted behind `requireSession`: a group's meetings, their state, approval and minutes. */
export function meetingRoutes({ store, access, meetings }: MeetingRouteDependencies): Router {
  const router = Router();

  async function visibleGroup(id: string, res: Response) {
    const group = await store.groups.findById(id);
    const can = group ? await access.inGroup(authOf(res).user, group.id) : null;
    if (!group || !can?.read) throw notFound('No such group');
    return { group, can };
  }

  /** The meeting and the user's rights: those on its plan, the group's roles as the socket applies them. 404 alike for unknown and hidden. */
  async function visibleMeeting(id: string, res: Response): Promise<{ meeting: MeetingRecord; can: Capabilities }> {
    const meeting = isPlanId(id) ? await store.meetings.findById(id) : undefined;
    const plan = meeting ? await store.plans.findById(meeting.planId) : undefined;
    const can = plan ? await access.onPlan(authOf(res).user, plan) : null;
    if (!meeting || !can?.read) throw notFound('No such meeting');
    return { meeting, can };
  }

  router.post('/groups/:id/meetings', async (req, res) => {
    const { group, can } = await visibleGroup(req.params.id, res);
    requireRight(can.manageGroup, MANAGE);
    const input = parseInput(newMeetingSchema, req.body);
    const plan = await store.plans.findById(input.planId);
    if (!plan || plan.groupId !== group.id) throw notFound('No such plan in this group');
    const meeting = await meetings.create(group, plan, input, authOf(res).user);
    res.status(201).json(summaryOf(meeting) satisfies MeetingSummary);
  });

  router.get('/groups/:id/meetings', async (req, res) => {
    const { group } = await visibleGroup(req.params.id, res);
    res.json((await store.meetings.ofGroup(group.id)).map(summaryOf) satisfies MeetingSummary[]);
  });

  router.get('/meetings/:id', async (req, res) => {
    const { meeting, can } = await visibleMeeting(req.params.id, res);
    res.json(await meetings.detail(meeting, { canWrite: connectionMayWrite('meeting', can), canManage: can.manageGroup }));
  });

  router.post('/meetings/:id/state', async (req, res) => {
    const { meeting, can } = await visibleMeeting(req.params.id, res);
    requireRight(can.manageGroup, MANAGE);
    const { state } = parseInput(meetingStateSchema, req.body);
    res.json(summaryOf(await meetings.setState(meeting, state, authOf(res).user)));
  });

  router.post('/meetings/:id/approve', async (req, res) => {
    const { meeting, can } = await visibleMeeting(req.params.id, res);
    requireRight(can.manageGroup, MANAGE);
    res.json(summaryOf(await meetings.approve(meeting, authOf(res).user)));
  });

  router.get('/meetings/:id/minutes', async (req, res) => {
    const { meeting } = await visibleMeeting(req.params.id, res);
    const { format, item } = parseInput(minutesQuerySchema, req.query, 'query');
    const body = await meetings.minutes(meeting, format, item);
    const name = exportFileName(`${item ? 'Pöytäkirjanote' : 'Pöytäkirja'} ${meeting.title}`, new Date(meeting.startsAt), format);
    res.setHeader('Content-Type', TYPES[format]);
    // The HTML is shown in the browser; the files are downloaded.
    res.setHeader('Content-Disposition', format === 'html' ? `inline; ${contentDisposition(name).slice('attachment; '.length)}` : contentDisposition(name));
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  });

  return router;
}

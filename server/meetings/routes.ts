import { Router, type Response } from 'express';
import { agendaCommentSchema, meetingStateSchema, minutesQuerySchema, newMeetingSchema, type MeetingSummary } from '../../shared/api/meetings';
import { isPlanId } from '../../shared/documentNames';
import type { Capabilities } from '../../shared/roles';
import { authOf } from '../auth/middleware';
import { connectionMayWrite } from '../collab/authExtension';
import { contentDisposition } from '../exports/common/fileName';
import { ExportRefused } from '../exports/exportPool';
import { HttpError, notFound, parseInput } from '../http/errors';
import type { AccessService } from '../plans/access';
import { requireRight } from '../plans/visiblePlan';
import type { AppStore, PlanRecord } from '../storage/appStore';
import type { MeetingRecord } from '../storage/meetingRepository';
import { summaryOf, type MeetingService } from './meetingService';
import { MINUTES_CONTENT_TYPES, minutesFileName } from './minutes/minutesModel';

const MANAGE = 'Only the chair or the secretary manages the group’s meetings';
const COMMENT = 'This role may not comment';
/** Seconds a client refused for a full export queue is told to wait, as for the plan's exports. */
const BUSY_RETRY_AFTER_S = 5;

interface MeetingRouteDependencies {
  store: AppStore;
  access: AccessService;
  meetings: MeetingService;
}

/** Mounted behind `requireSession`: a group's meetings, their state, approval, comments on their items and minutes. */
export function meetingRoutes({ store, access, meetings }: MeetingRouteDependencies): Router {
  const router = Router();

  async function visibleGroup(id: string, res: Response) {
    const group = await store.groups.findById(id);
    const can = group ? await access.inGroup(authOf(res).user, group.id) : null;
    if (!group || !can?.read) throw notFound('No such group');
    return { group, can };
  }

  /** The meeting and the user's rights: those on its plan, the group's roles as the socket applies them. 404 alike for unknown and hidden. */
  async function visibleMeeting(id: string, res: Response): Promise<{ meeting: MeetingRecord; plan: PlanRecord; can: Capabilities }> {
    const meeting = isPlanId(id) ? await store.meetings.findById(id) : undefined;
    const plan = meeting ? await store.plans.findById(meeting.planId) : undefined;
    const can = plan ? await access.onPlan(authOf(res).user, plan) : null;
    if (!meeting || !plan || !can?.read) throw notFound('No such meeting');
    return { meeting, plan, can };
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
    res.json(await meetings.detail(meeting, { canWrite: connectionMayWrite('meeting', can), canManage: can.manageGroup, canComment: can.comment }));
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

  router.get('/meetings/:id/comments', async (req, res) => {
    const { meeting, plan } = await visibleMeeting(req.params.id, res);
    res.json(await meetings.comments(meeting, plan, authOf(res).user.id));
  });

  router.post('/meetings/:id/items/:itemId/comments', async (req, res) => {
    const { meeting, plan, can } = await visibleMeeting(req.params.id, res);
    requireRight(can.comment, COMMENT);
    const input = parseInput(agendaCommentSchema, req.body);
    const { user } = authOf(res);
    res.status(201).json(await meetings.comment(meeting, plan, req.params.itemId, { id: user.id, name: user.name }, input));
  });

  router.get('/meetings/:id/minutes', async (req, res) => {
    const { meeting } = await visibleMeeting(req.params.id, res);
    const { format, item } = parseInput(minutesQuerySchema, req.query, 'query');
    const { minutes, body } = await renderedOrRefused(res, () => meetings.minutes(meeting, format, item));
    const name = minutesFileName(minutes, format);
    res.setHeader('Content-Type', MINUTES_CONTENT_TYPES[format]);
    // The HTML is shown in the browser; the files are downloaded.
    res.setHeader('Content-Disposition', format === 'html' ? `inline; ${contentDisposition(name).slice('attachment; '.length)}` : contentDisposition(name));
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  });

  return router;
}

/** The export pool's refusals as the plan's exports answer them: 503 (busy, with Retry-After; no thread) or 504 (past its time). */
async function renderedOrRefused<T>(res: Response, render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (!(error instanceof ExportRefused)) throw error;
    if (error.reason === 'busy') res.set('Retry-After', String(BUSY_RETRY_AFTER_S));
    throw new HttpError(error.reason === 'timeout' ? 504 : 503, error.message);
  }
}

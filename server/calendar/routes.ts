import { Router, type Response } from 'express';
import { z } from 'zod';
import { clockEventPatchSchema, newClockEventSchema } from '../../shared/api/calendar';
import { mayRunFollowUp } from '../../shared/roles';
import { authOf } from '../auth/middleware';
import { notFound, parseInput } from '../http/errors';
import type { NotificationPreferences } from '../notifications/preferences';
import type { AccessService } from '../plans/access';
import { requireRight } from '../plans/visiblePlan';
import type { AppStore } from '../storage/appStore';
import type { ClockService } from './clockService';

const EDIT = 'Only the chair, the secretary or the coordinator keeps the annual clock';
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export interface CalendarRouteDependencies {
  store: AppStore;
  access: AccessService;
  clock: ClockService;
  preferences: NotificationPreferences;
  now: () => Date;
}

function sendIcs(res: Response, ics: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res.type('text/calendar; charset=utf-8').attachment('vuosikello.ics').send(ics);
}

/** Mounted behind `requireSession`: a group's annual clock, its feed and the user's subscription links. */
export function calendarRoutes({ store, access, clock, preferences, now }: CalendarRouteDependencies): Router {
  const router = Router();

  async function visibleGroup(id: string, res: Response) {
    const { user } = authOf(res);
    const group = await store.groups.findById(id);
    const can = group ? await access.inGroup(user, group.id) : null;
    if (!group || !can?.read) throw notFound('No such group');
    return { group, canEdit: mayRunFollowUp(await access.roleIn(user, group.id), user.isAdmin) };
  }

  router.get('/groups/:id/clock', async (req, res) => {
    const { group, canEdit } = await visibleGroup(req.params.id, res);
    const { year } = parseInput(yearQuery, req.query, 'query');
    res.json(await clock.year(group.id, year ?? now().getUTCFullYear(), canEdit));
  });

  router.post('/groups/:id/clock', async (req, res) => {
    const { group, canEdit } = await visibleGroup(req.params.id, res);
    requireRight(canEdit, EDIT);
    res.status(201).json(await clock.add(group.id, parseInput(newClockEventSchema, req.body)));
  });

  router.patch('/groups/:id/clock/:eventId', async (req, res) => {
    const { group, canEdit } = await visibleGroup(req.params.id, res);
    requireRight(canEdit, EDIT);
    res.json(await clock.change(group.id, req.params.eventId, parseInput(clockEventPatchSchema, req.body)));
  });

  router.delete('/groups/:id/clock/:eventId', async (req, res) => {
    const { group, canEdit } = await visibleGroup(req.params.id, res);
    requireRight(canEdit, EDIT);
    await clock.remove(group.id, req.params.eventId);
    res.status(204).end();
  });

  router.get('/groups/:id/calendar.ics', async (req, res) => {
    const { group } = await visibleGroup(req.params.id, res);
    sendIcs(res, await clock.ics(group, (await preferences.get(authOf(res).user.id)).language));
  });

  router.get('/groups/:id/calendar-links', async (req, res) => {
    const { group } = await visibleGroup(req.params.id, res);
    res.json(await clock.linksOf(group.id, authOf(res).user.id));
  });

  router.post('/groups/:id/calendar-links', async (req, res) => {
    const { group } = await visibleGroup(req.params.id, res);
    res.status(201).json(await clock.createLink(group.id, authOf(res).user.id));
  });

  router.delete('/groups/:id/calendar-links/:linkId', async (req, res) => {
    const { group } = await visibleGroup(req.params.id, res);
    await clock.revokeLink(group.id, authOf(res).user.id, req.params.linkId);
    res.status(204).end();
  });

  return router;
}

/**
 * `GET /api/calendar/<token>.ics`, without a session, for calendar programs:
 * the link works while it is not revoked and its owner is still in the
 * group (a member who leaves loses the feed with the group).
 */
export function calendarFeedRoutes({ store, access, clock, preferences }: CalendarRouteDependencies): Router {
  const router = Router();
  router.get('/calendar/:file', async (req, res) => {
    const token = /^(.+)\.ics$/.exec(req.params.file)?.[1];
    const link = token ? await clock.resolveLink(token) : undefined;
    const user = link ? await store.users.findById(link.userId) : undefined;
    const group = link ? await store.groups.findById(link.groupId) : undefined;
    if (!link || !user || !group || !(await access.inGroup(user, group.id)).read) throw notFound('No such calendar');
    sendIcs(res, await clock.ics(group, (await preferences.get(user.id)).language));
  });
  return router;
}

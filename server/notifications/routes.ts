import { Router } from 'express';
import { markNotificationsReadSchema, notificationSettingsPatchSchema } from '../../shared/api/notifications';
import { authOf } from '../auth/middleware';
import { parseInput } from '../http/errors';
import type { NotificationService } from './notificationService';
import type { NotificationPreferences } from './preferences';

/** Mounted behind `requireSession`: the signed-in user's own notifications and settings. */
export function notificationRoutes(notifications: NotificationService, preferences: NotificationPreferences): Router {
  const router = Router();

  router.get('/notifications', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await notifications.list(authOf(res).user.id));
  });

  router.post('/notifications/read', async (req, res) => {
    const { ids } = parseInput(markNotificationsReadSchema, req.body ?? {});
    await notifications.markRead(authOf(res).user.id, ids);
    res.status(204).end();
  });

  router.get('/me/notification-settings', async (_req, res) => {
    res.json(await preferences.get(authOf(res).user.id));
  });

  router.patch('/me/notification-settings', async (req, res) => {
    const patch = parseInput(notificationSettingsPatchSchema, req.body);
    res.json(await preferences.update(authOf(res).user.id, patch));
  });

  return router;
}

import type { NotificationList, NotificationSettings, NotificationSettingsPatch } from '../../../shared/api/notifications';
import { api } from '../api/http';

export type { AppNotification, NotificationKind, NotificationList, NotificationSettings } from '../../../shared/api/notifications';
export { NOTIFICATION_KINDS } from '../../../shared/api/notifications';

export const listNotifications = () => api<NotificationList>('/notifications');
export const markRead = (ids?: string[]) => api<void>('/notifications/read', { method: 'POST', body: ids ? { ids } : {} });
export const getSettings = () => api<NotificationSettings>('/me/notification-settings');
export const updateSettings = (patch: NotificationSettingsPatch) => api<NotificationSettings>('/me/notification-settings', { method: 'PATCH', body: patch });

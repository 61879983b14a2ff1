/** `/api/notifications` (the bell) and `/api/me/notification-settings`. */
import { z } from 'zod';
import { LANGUAGES, type Language } from '../languages';

export const NOTIFICATION_KINDS = ['mention', 'request-to-answer', 'accepted-answer', 'deadline'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification is about; the client words it in the reader's language. */
export interface NotificationData {
  planId?: string;
  planTitle?: string;
  roundId?: string;
  roundTitle?: string;
  measureTitle?: string;
  authorName?: string;
  /** The start of the comment that mentioned the reader. */
  text?: string;
  answered?: number;
  total?: number;
  deadline?: string;
}

export interface AppNotification {
  id: string;
  kind: NotificationKind;
  createdAt: string;
  readAt: string | null;
  /** The page it opens, a path of the app (`/plans/<id>`, `/requests/<id>`). */
  link: string;
  data: NotificationData;
}

/** `GET /api/notifications`: newest first. */
export interface NotificationList {
  unread: number;
  items: AppNotification[];
}

/** `POST /api/notifications/read`: these, or all when `ids` is left out. */
export const markNotificationsReadSchema = z.object({ ids: z.array(z.string().min(1).max(100)).max(500).optional() });

/** `GET` and `PATCH /api/me/notification-settings`. */
export interface NotificationSettings {
  /** The language of the e-mails the server sends this person. */
  language: Language;
  /** Per kind: whether it also comes by e-mail (in the app it always shows). */
  email: Record<NotificationKind, boolean>;
}

export const notificationSettingsPatchSchema = z
  .object({
    language: z.enum(LANGUAGES).optional(),
    email: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.boolean()).optional(),
  })
  .strict()
  .refine((v) => v.language !== undefined || v.email !== undefined, 'nothing to change');
export type NotificationSettingsPatch = z.infer<typeof notificationSettingsPatchSchema>;

import { randomUUID } from 'node:crypto';
import type { AppNotification, NotificationData, NotificationKind, NotificationList } from '../../shared/api/notifications';
import type { Clock } from '../scheduler/clock';
import type { Mailer } from '../mail/mailer';
import type { MailMessage } from '../mail/wording';
import type { UserRepository } from '../storage/appStore';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';
import { moduleLogger } from '../logging/logger';
import type { NotificationPreferences } from './preferences';

const log = moduleLogger('notifications');

interface NotificationRecord extends AppNotification {
  userId: string;
}

/** The bell shows this many, newest first; older ones are still stored. */
const LIST_LIMIT = 50;

export interface Notice {
  kind: NotificationKind;
  data: NotificationData;
  /** A path of the app. */
  link: string;
  /** The e-mail for this notice (its link is `PUBLIC_URL` + `link`), unless the person turned the kind off; none when absent. */
  mail?: (url: string) => MailMessage;
}

/** In-app notifications (the bell), each also sent by e-mail unless the person turned that kind off. */
export class NotificationService {
  private readonly records: RecordCollection<NotificationRecord>;

  constructor(
    cycle: CycleStore,
    private readonly users: UserRepository,
    private readonly preferences: NotificationPreferences,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
    private readonly now: Clock,
  ) {
    this.records = cycle.collection<NotificationRecord>('notifications');
  }

  /** Notifies each user once (a user named twice gets one notice); failures are logged, never thrown at the caller's action. */
  async notify(userIds: Iterable<string>, notice: Notice): Promise<void> {
    for (const userId of new Set(userIds)) {
      try {
        await this.notifyOne(userId, notice);
      } catch (error) {
        log.error({ err: error, userId, kind: notice.kind }, 'a notification could not be stored or sent');
      }
    }
  }

  private async notifyOne(userId: string, notice: Notice): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) return;
    await this.records.put({
      id: randomUUID(),
      userId,
      kind: notice.kind,
      createdAt: this.now().toISOString(),
      readAt: null,
      link: notice.link,
      data: notice.data,
    });
    if (notice.mail && (await this.preferences.wantsEmail(userId, notice.kind))) {
      const { language } = await this.preferences.get(userId);
      await this.mailer.send({ name: user.name, email: user.email, language }, notice.mail(`${this.publicUrl}${notice.link}`));
    }
  }

  async list(userId: string): Promise<NotificationList> {
    const mine = await this.records.find({ userId });
    const items = mine
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, LIST_LIMIT)
      .map(({ userId: _userId, ...notification }) => notification);
    return { unread: mine.filter((n) => n.readAt === null).length, items };
  }

  /** Marks these (or all) of the user's notifications read; another user's ids are ignored. */
  async markRead(userId: string, ids?: string[]): Promise<void> {
    const unread = await this.records.find({ userId, readAt: null });
    const wanted = ids ? new Set(ids) : null;
    const at = this.now().toISOString();
    for (const n of unread.filter((n) => !wanted || wanted.has(n.id))) {
      await this.records.update(n.id, (current) => (current.userId === userId ? { ...current, readAt: at } : null));
    }
  }
}

import { NOTIFICATION_KINDS, type NotificationKind, type NotificationSettings, type NotificationSettingsPatch } from '../../shared/api/notifications';
import type { Language } from '../../shared/languages';
import type { UserRepository } from '../storage/appStore';
import type { CycleStore, RecordCollection } from '../storage/cycleStore';

/** A user's settings as stored (collection `notificationSettings`, id = user id): only what differs from the defaults. */
interface SettingsRecord {
  id: string;
  language: Language | null;
  emailOff: NotificationKind[];
}

/** Finnish, the plans' own language, for everyone who has not chosen. */
export const DEFAULT_LANGUAGE: Language = 'fi';

/** Each person's language for e-mail and the kinds of notification they also want by e-mail (all, until turned off). */
export class NotificationPreferences {
  private readonly records: RecordCollection<SettingsRecord>;

  constructor(
    cycle: CycleStore,
    private readonly users: UserRepository,
  ) {
    this.records = cycle.collection<SettingsRecord>('notificationSettings');
  }

  async get(userId: string): Promise<NotificationSettings> {
    const record = await this.records.get(userId);
    const off = new Set(record?.emailOff ?? []);
    return {
      language: record?.language ?? DEFAULT_LANGUAGE,
      email: Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, !off.has(kind)])) as Record<NotificationKind, boolean>,
    };
  }

  async update(userId: string, patch: NotificationSettingsPatch): Promise<NotificationSettings> {
    const apply = (current: SettingsRecord): SettingsRecord => {
      const off = new Set(current.emailOff);
      for (const [kind, on] of Object.entries(patch.email ?? {}) as Array<[NotificationKind, boolean]>) {
        if (on) off.delete(kind);
        else off.add(kind);
      }
      return { id: userId, language: patch.language ?? current.language, emailOff: NOTIFICATION_KINDS.filter((k) => off.has(k)) };
    };
    const updated = await this.records.update(userId, apply);
    if (!updated) await this.records.put(apply({ id: userId, language: null, emailOff: [] }));
    return this.get(userId);
  }

  async wantsEmail(userId: string, kind: NotificationKind): Promise<boolean> {
    return !(await this.records.get(userId))?.emailOff.includes(kind);
  }

  /** The language to write to an address in: its user's choice, else Finnish. */
  async languageOfEmail(email: string): Promise<Language> {
    const user = await this.users.findByEmail(email);
    return user ? (await this.get(user.id)).language : DEFAULT_LANGUAGE;
  }
}

import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { AppStore, Group, Invite, Membership, PlanRecord, ReadMark, Session, User } from './appStore';
import { lowdbMeetings, type StoredMeeting } from './lowdbMeetings';

interface AppData {
  users: User[];
  sessions: Session[];
  plans: PlanRecord[];
  groups: Group[];
  memberships: Membership[];
  invites: Invite[];
  readMarks: ReadMark[];
  meetings: StoredMeeting[];
}

/**
 * Every object goes in and comes out as a copy, as from PostgreSQL: a caller
 * that changes what it read, or what it wrote, never changes the store.
 */
const copy = <T>(value: T): T => structuredClone(value);

const emptyData = (): AppData => ({ users: [], sessions: [], plans: [], groups: [], memberships: [], invites: [], readMarks: [], meetings: [] });

/** Opens `DATA_DIR/app.json`; a damaged file stops the start instead of being replaced. */
export async function openLowdbAppStore(dataDir: string): Promise<AppStore> {
  const file = join(dataDir, 'app.json');
  const db = new Low<AppData>(new JSONFile<AppData>(file), emptyData());
  try {
    await db.read();
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as Error).message}. Restore it from a backup or move it away.`);
  }
  db.data = { ...emptyData(), ...db.data };
  const data = db.data;
  // lowdb replaces the file atomically (temporary file + rename) on every write.
  const write = () => db.write();
  const update = async <T extends object>(list: T[], match: (item: T) => boolean, changes: NoInfer<Partial<T>>) => {
    const index = list.findIndex(match);
    if (index < 0) return;
    // A new object, never a change in place: a caller may still hold what it read before (the audit trail's "from").
    // Fields given as undefined stay as they are, as on PostgreSQL.
    const given = Object.fromEntries(Object.entries(copy(changes)).filter(([, value]) => value !== undefined));
    list[index] = { ...list[index]!, ...given };
    await write();
  };

  return {
    meetings: lowdbMeetings(data, write),
    users: {
      findById: async (id) => copy(data.users.find((u) => u.id === id)),
      findByEmail: async (email) => copy(data.users.find((u) => u.email === email.toLowerCase())),
      list: async () => copy(data.users),
      count: async () => data.users.length,
      create: async (user) => {
        data.users.push({ ...copy(user), email: user.email.toLowerCase() });
        await write();
      },
      update: (id, changes) =>
        update(data.users, (u) => u.id === id, changes.email ? { ...changes, email: changes.email.toLowerCase() } : changes),
      delete: async (id) => {
        data.users = data.users.filter((u) => u.id !== id);
        data.memberships = data.memberships.filter((m) => m.userId !== id);
        data.sessions = data.sessions.filter((s) => s.userId !== id);
        data.invites = data.invites.filter((i) => i.userId !== id);
        data.readMarks = data.readMarks.filter((r) => r.userId !== id);
        await write();
      },
    },
    sessions: {
      create: async (session) => {
        data.sessions.push(copy(session));
        await write();
      },
      findByTokenHash: async (hash) => copy(data.sessions.find((s) => s.tokenHash === hash)),
      ofUser: async (userId) => copy(data.sessions.filter((s) => s.userId === userId)),
      delete: async (id) => {
        data.sessions = data.sessions.filter((s) => s.id !== id);
        await write();
      },
      deleteExpired: async (now) => {
        const before = data.sessions.length;
        data.sessions = data.sessions.filter((s) => new Date(s.expiresAt) > now);
        const removed = before - data.sessions.length;
        if (removed > 0) await write();
        return removed;
      },
    },
    plans: {
      list: async () => copy(data.plans),
      findById: async (id) => copy(data.plans.find((p) => p.id === id)),
      create: async (plan) => {
        data.plans.push(copy(plan));
        await write();
      },
      update: (id, changes) => update(data.plans, (p) => p.id === id, changes),
    },
    groups: {
      list: async () => copy(data.groups),
      findById: async (id) => copy(data.groups.find((g) => g.id === id)),
      create: async (group) => {
        data.groups.push(copy(group));
        await write();
      },
      rename: (id, name) => update(data.groups, (g) => g.id === id, { name }),
      delete: async (id) => {
        data.groups = data.groups.filter((g) => g.id !== id);
        data.memberships = data.memberships.filter((m) => m.groupId !== id);
        await write();
      },
    },
    memberships: {
      ofGroup: async (groupId) => copy(data.memberships.filter((m) => m.groupId === groupId)),
      ofUser: async (userId) => copy(data.memberships.filter((m) => m.userId === userId)),
      find: async (groupId, userId) => copy(data.memberships.find((m) => m.groupId === groupId && m.userId === userId)),
      put: async (membership) => {
        data.memberships = data.memberships.filter((m) => !(m.groupId === membership.groupId && m.userId === membership.userId));
        data.memberships.push(copy(membership));
        await write();
      },
      delete: async (groupId, userId) => {
        data.memberships = data.memberships.filter((m) => !(m.groupId === groupId && m.userId === userId));
        await write();
      },
    },
    readMarks: {
      ofUserInPlan: async (userId, planId) => copy(data.readMarks.filter((r) => r.userId === userId && r.planId === planId)),
      put: async (mark) => {
        data.readMarks = data.readMarks.filter(
          (r) => !(r.userId === mark.userId && r.planId === mark.planId && r.threadId === mark.threadId),
        );
        data.readMarks.push(copy(mark));
        await write();
      },
      deleteOfThreads: async (planId, threadIds) => {
        const gone = new Set(threadIds);
        const before = data.readMarks.length;
        data.readMarks = data.readMarks.filter((r) => !(r.planId === planId && gone.has(r.threadId)));
        if (data.readMarks.length !== before) await write();
      },
    },
    invites: {
      create: async (invite) => {
        data.invites.push(copy(invite));
        await write();
      },
      findByTokenHash: async (hash) => copy(data.invites.find((i) => i.tokenHash === hash)),
      deleteForUser: async (userId) => {
        data.invites = data.invites.filter((i) => i.userId !== userId);
        await write();
      },
    },
  };
}

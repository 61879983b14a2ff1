import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { AppStore, PlanRecord, Session, User } from './appStore';

interface AppData {
  users: User[];
  sessions: Session[];
  plans: PlanRecord[];
}

const emptyData = (): AppData => ({ users: [], sessions: [], plans: [] });

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
  // lowdb replaces the file atomically (temporary file + rename) on every write.
  const write = () => db.write();

  return {
    users: {
      findById: async (id) => db.data.users.find((u) => u.id === id),
      findByEmail: async (email) => db.data.users.find((u) => u.email === email.toLowerCase()),
      count: async () => db.data.users.length,
      create: async (user) => {
        db.data.users.push({ ...user, email: user.email.toLowerCase() });
        await write();
      },
    },
    sessions: {
      create: async (session) => {
        db.data.sessions.push(session);
        await write();
      },
      findByTokenHash: async (hash) => db.data.sessions.find((s) => s.tokenHash === hash),
      delete: async (id) => {
        db.data.sessions = db.data.sessions.filter((s) => s.id !== id);
        await write();
      },
      deleteExpired: async (now) => {
        const before = db.data.sessions.length;
        db.data.sessions = db.data.sessions.filter((s) => new Date(s.expiresAt) > now);
        const removed = before - db.data.sessions.length;
        if (removed > 0) await write();
        return removed;
      },
    },
    plans: {
      list: async () => [...db.data.plans],
      findById: async (id) => db.data.plans.find((p) => p.id === id),
      create: async (plan) => {
        db.data.plans.push(plan);
        await write();
      },
      update: async (id, changes) => {
        const plan = db.data.plans.find((p) => p.id === id);
        if (!plan) return;
        Object.assign(plan, changes);
        await write();
      },
    },
  };
}

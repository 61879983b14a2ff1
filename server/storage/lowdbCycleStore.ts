import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import {
  matchesFilter,
  type CycleCollectionName,
  type CycleStore,
  type Job,
  type JobQueue,
  type RecordCollection,
  type StoredRecord,
} from './cycleStore';

interface CycleData {
  collections: Partial<Record<CycleCollectionName, StoredRecord[]>>;
  jobs: Job[];
}

const copy = <T>(value: T): T => structuredClone(value);

/**
 * `DATA_DIR/cycle.json`. One process owns a DATA_DIR, and every change is
 * made synchronously on the data before the (atomic) file write, so a
 * change cannot interleave with another and a claimed job is this
 * process's alone; jobs left `running` by a process that died are taken
 * again when their lease runs out, after a restart too.
 */
export async function openLowdbCycleStore(dataDir: string): Promise<CycleStore> {
  const file = join(dataDir, 'cycle.json');
  const db = new Low<CycleData>(new JSONFile<CycleData>(file), { collections: {}, jobs: [] });
  try {
    await db.read();
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as Error).message}. Restore it from a backup or move it away.`);
  }
  // A file written before a field existed reads with that field empty.
  const data: CycleData = { collections: db.data.collections ?? {}, jobs: db.data.jobs ?? [] };
  db.data = data;
  const write = () => db.write();

  const records = (name: CycleCollectionName): StoredRecord[] => (data.collections[name] ??= []);

  function collection<T extends StoredRecord>(name: CycleCollectionName): RecordCollection<T> {
    const list = () => records(name) as T[];
    return {
      get: async (id) => copy(list().find((r) => r.id === id)),
      find: async (filter) => copy(list().filter((r) => matchesFilter(r, filter))),
      put: async (record) => {
        const index = list().findIndex((r) => r.id === record.id);
        if (index >= 0) list()[index] = copy(record);
        else list().push(copy(record));
        await write();
      },
      update: async (id, change) => {
        const index = list().findIndex((r) => r.id === id);
        const current = list()[index];
        if (!current) return undefined;
        const next = change(copy(current));
        if (next === null) return copy(current);
        list()[index] = copy({ ...next, id });
        await write();
        return copy(list()[index]);
      },
      delete: async (id) => {
        data.collections[name] = records(name).filter((r) => r.id !== id);
        await write();
      },
    };
  }

  const job = (id: string) => data.jobs.find((j) => j.id === id);
  const jobs: JobQueue = {
    add: async (newJob) => {
      const dedupeKey = newJob.dedupeKey ?? null;
      if (dedupeKey !== null && data.jobs.some((j) => j.dedupeKey === dedupeKey)) return false;
      data.jobs.push({ ...copy(newJob), dedupeKey, state: 'pending', lockedUntil: null, attempts: 0, lastError: null, result: null, finishedAt: null });
      await write();
      return true;
    },
    claim: async (now, { limit, leaseMs }) => {
      const at = now.toISOString();
      const due = data.jobs
        .filter((j) => (j.state === 'pending' && j.runAt <= at) || (j.state === 'running' && (j.lockedUntil ?? '') < at))
        .sort((a, b) => a.runAt.localeCompare(b.runAt))
        .slice(0, limit);
      if (due.length === 0) return [];
      const lockedUntil = new Date(now.getTime() + leaseMs).toISOString();
      for (const j of due) Object.assign(j, { state: 'running', lockedUntil, attempts: j.attempts + 1 });
      await write();
      return copy(due);
    },
    finish: async (id, now, result = null) => {
      const j = job(id);
      if (!j) return;
      Object.assign(j, { state: 'done', lockedUntil: null, finishedAt: now.toISOString(), result: copy(result) });
      await write();
    },
    retry: async (id, runAt, error) => {
      const j = job(id);
      if (!j) return;
      Object.assign(j, { state: 'pending', lockedUntil: null, runAt: runAt.toISOString(), lastError: error });
      await write();
    },
    fail: async (id, now, error) => {
      const j = job(id);
      if (!j) return;
      Object.assign(j, { state: 'failed', lockedUntil: null, finishedAt: now.toISOString(), lastError: error });
      await write();
    },
    cancelPending: async (prefix, now) => {
      const cancelled = data.jobs.filter((j) => j.state === 'pending' && j.dedupeKey?.startsWith(prefix));
      for (const j of cancelled) Object.assign(j, { state: 'cancelled', finishedAt: now.toISOString() });
      if (cancelled.length > 0) await write();
      return cancelled.length;
    },
    requeue: async (id, runAt) => {
      const j = job(id);
      if (!j || (j.state !== 'failed' && j.state !== 'cancelled')) return false;
      Object.assign(j, { state: 'pending', runAt: runAt.toISOString(), finishedAt: null });
      await write();
      return true;
    },
    get: async (id) => copy(job(id)),
    list: async (kind, { limit, offset = 0 }) =>
      copy(
        data.jobs
          .filter((j) => j.kind === kind)
          .reverse()
          .slice(offset, offset + limit),
      ),
    purgeFinished: async (before) => {
      const at = before.toISOString();
      const kept = data.jobs.filter((j) => !((j.state === 'done' || j.state === 'cancelled') && (j.finishedAt ?? '') < at));
      const removed = data.jobs.length - kept.length;
      if (removed > 0) {
        data.jobs = kept;
        await write();
      }
      return removed;
    },
  };

  return { collection, jobs };
}

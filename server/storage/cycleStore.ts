/**
 * Storage of the yearly cycle: status rounds and their requests, response
 * tokens and proposals, notifications, the annual clock, and the job queue
 * that sends every e-mail and reminder. The embedded default keeps it in one
 * lowdb file (`DATA_DIR/cycle.json`), PostgreSQL in two tables (migration
 * 007). The records' shapes belong to their features; storage only keeps
 * them, finds them by id or by equal fields, and changes one atomically.
 */

/** A stored record: any JSON object with an id. */
export interface StoredRecord {
  id: string;
}

/** The collections the features keep their records in. */
export const CYCLE_COLLECTIONS = [
  'rounds',
  'requests',
  'responseTokens',
  'proposals',
  'notifications',
  'notificationSettings',
  'clockEvents',
  'calendarLinks',
] as const;
export type CycleCollectionName = (typeof CYCLE_COLLECTIONS)[number];

/** Values a record can be found by: a field equal to a string, number, boolean or null. */
export type RecordFilter = Record<string, string | number | boolean | null>;

export interface RecordCollection<T extends StoredRecord> {
  get(id: string): Promise<T | undefined>;
  /** The records whose fields equal every value of `filter`, in the order they were inserted. */
  find(filter: RecordFilter): Promise<T[]>;
  /** Adds a record; one with the same id is replaced. */
  put(record: T): Promise<void>;
  /**
   * Changes one record atomically (no other change of it comes between the
   * read and the write, in any process); `change` returning null leaves it
   * as it is. Resolves the record as stored, or undefined for an unknown id.
   */
  update(id: string, change: (current: T) => T | null): Promise<T | undefined>;
  delete(id: string): Promise<void>;
}

export type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

/** One thing to do at or after a time, once: an e-mail to send, a reminder to consider. */
export interface Job {
  id: string;
  /** Which handler runs it: `mail`, `reminder`, `round-deadline`, … */
  kind: string;
  /** At most one job has a given key, ever: a reminder is scheduled once however often it is asked for. */
  dedupeKey: string | null;
  state: JobState;
  /** When it is due (ISO 8601). */
  runAt: string;
  /** While running: until when the process that took it owns it; afterwards another may take it. */
  lockedUntil: string | null;
  attempts: number;
  lastError: string | null;
  payload: Record<string, unknown>;
  /** What the handler reported when it finished (the outbox file of a mail, say). */
  result: Record<string, unknown> | null;
  createdAt: string;
  finishedAt: string | null;
}

export type NewJob = Pick<Job, 'id' | 'kind' | 'runAt' | 'payload'> & { dedupeKey?: string | null; createdAt: string };

export interface JobQueue {
  /** Adds a pending job; false (nothing added) when a job with its dedupe key exists already. */
  add(job: NewJob): Promise<boolean>;
  /**
   * Takes up to `limit` jobs that are due at `now` (pending, or running with
   * a lease run out), oldest due first, and makes them this caller's: state
   * `running`, the lease until `now + leaseMs`, one more attempt. A job is
   * given to one caller only, in whatever process that caller runs.
   */
  claim(now: Date, options: { limit: number; leaseMs: number }): Promise<Job[]>;
  /** The job ran: `done`, with what the handler reported. */
  finish(id: string, now: Date, result?: Record<string, unknown> | null): Promise<void>;
  /** The attempt failed: pending again at `runAt`, with the error kept. */
  retry(id: string, runAt: Date, error: string): Promise<void>;
  /** The job failed for good: `failed`, with the error kept. */
  fail(id: string, now: Date, error: string): Promise<void>;
  /** Pending jobs whose dedupe key starts with `prefix` are cancelled (a revoked request's reminders). */
  cancelPending(dedupeKeyPrefix: string, now: Date): Promise<number>;
  /** A failed or cancelled job is pending again at `runAt` (an administrator retries a mail). */
  requeue(id: string, runAt: Date): Promise<boolean>;
  get(id: string): Promise<Job | undefined>;
  /** Jobs of a kind, newest first. */
  list(kind: string, options: { limit: number; offset?: number }): Promise<Job[]>;
  /** Removes jobs done or cancelled before `before` (a failed one stays, to be seen). */
  purgeFinished(before: Date): Promise<number>;
}

export interface CycleStore {
  collection<T extends StoredRecord>(name: CycleCollectionName): RecordCollection<T>;
  jobs: JobQueue;
}

/** Whether a record matches a filter: the one definition both backends follow. */
export function matchesFilter(record: object, filter: RecordFilter): boolean {
  return Object.entries(filter).every(([field, value]) => (record as Record<string, unknown>)[field] === value);
}

import { randomUUID } from 'node:crypto';
import type { Job, JobQueue } from '../storage/cycleStore';
import { moduleLogger } from '../logging/logger';
import type { Clock } from './clock';

const log = moduleLogger('scheduler');

/** Runs one job; what it returns is kept with the job (the outbox file of a mail, say). */
export type JobHandler = (job: Job) => Promise<Record<string, unknown> | void>;

/** A failure that another attempt cannot mend (a recipient address the server refuses): no retry. */
export class PermanentJobError extends Error {}

/** Waits before the next attempt, by the attempts made so far; after the last, the job has failed. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 3600_000, 3 * 3600_000, 6 * 3600_000, 12 * 3600_000];
/** Longer than any one job may take (an SMTP send times out well before): then another process may take it. */
const LEASE_MS = 5 * 60_000;
const CLAIM_BATCH = 5;
/** Done jobs are kept this long (the outbox lists sent mail), then removed. */
const KEEP_FINISHED_MS = 180 * 24 * 3600_000;
const PURGE_EVERY_MS = 3600_000;

export interface ScheduledJob {
  kind: string;
  runAt: Date;
  payload: Record<string, unknown>;
  /** At most one job ever has this key: scheduling it again does nothing. */
  dedupeKey?: string;
}

/**
 * Durable jobs, each run once: every process polls the shared queue and
 * claims what is due (the queue gives each job to one claimer), so a job
 * runs wherever there is a process, and one missed while every process was
 * down runs at the next start. A failed attempt is retried with growing
 * waits and, after the last, kept as failed with its error and an alarm.
 */
export class Scheduler {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private lastPurge = 0;

  constructor(
    private readonly jobs: JobQueue,
    readonly now: Clock,
    private readonly pollMs: number,
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Adds a job and answers its id (null when its dedupe key is taken); one due already runs soon. */
  async schedule(job: ScheduledJob): Promise<string | null> {
    const id = randomUUID();
    const added = await this.jobs.add({
      id,
      kind: job.kind,
      runAt: job.runAt.toISOString(),
      payload: job.payload,
      dedupeKey: job.dedupeKey ?? null,
      createdAt: this.now().toISOString(),
    });
    if (added && job.runAt <= this.now()) this.kick();
    return added ? id : null;
  }

  /** Cancels the pending jobs whose dedupe key starts with `prefix`. */
  cancel(dedupeKeyPrefix: string): Promise<number> {
    return this.jobs.cancelPending(dedupeKeyPrefix, this.now());
  }

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** Looks for due jobs now rather than at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.stopped) return;
      if (this.again) {
        this.again = false;
        this.kick();
      } else {
        this.timer = setTimeout(() => this.kick(), this.pollMs);
        this.timer.unref();
      }
    });
  }

  /** Stops polling and waits for the job in hand; jobs not yet taken stay for the next start or another process. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async pass(): Promise<void> {
    try {
      while (!this.stopped) {
        const due = await this.jobs.claim(this.now(), { limit: CLAIM_BATCH, leaseMs: LEASE_MS });
        if (due.length === 0) break;
        for (const job of due) await this.run(job);
      }
      await this.purgeNowAndThen();
    } catch (error) {
      // Storage away (a lost database): the next poll tries again.
      log.warn({ err: error }, 'looking for due jobs failed');
    }
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new PermanentJobError(`no handler for jobs of kind ${job.kind}`);
      const result = await handler(job);
      await this.jobs.finish(job.id, this.now(), result ?? null);
      log.info({ jobId: job.id, kind: job.kind, attempts: job.attempts }, 'job done');
    } catch (error) {
      const message = (error as Error).message || String(error);
      const delay = RETRY_DELAYS_MS[job.attempts - 1];
      if (error instanceof PermanentJobError || delay === undefined) {
        await this.jobs.fail(job.id, this.now(), message);
        log.error({ alarm: true, jobId: job.id, kind: job.kind, attempts: job.attempts, cause: message }, 'a job failed for good');
      } else {
        const runAt = new Date(this.now().getTime() + delay);
        await this.jobs.retry(job.id, runAt, message);
        log.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, retryAt: runAt.toISOString(), cause: message }, 'a job failed; it is tried again');
      }
    }
  }

  private async purgeNowAndThen(): Promise<void> {
    const now = this.now().getTime();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    await this.jobs.purgeFinished(new Date(now - KEEP_FINISHED_MS));
  }
}

import type { Language } from '../../shared/languages';
import type { MailState, OutboxEntry, OutboxMessage } from '../../shared/api/mail';
import type { Job, JobQueue } from '../storage/cycleStore';
import type { Scheduler } from '../scheduler/scheduler';
import { moduleLogger } from '../logging/logger';
import { layOut, type MailContent } from './message';
import type { Delivery, MailTransport } from './transport';
import { wordMail, type MailMessage } from './wording';

const log = moduleLogger('mail');

export const MAIL_JOB = 'mail';

interface MailPayload {
  mail: MailContent;
  category: string;
}

export interface Recipient {
  name: string | null;
  email: string;
  language: Language;
}

const STATES: Record<Job['state'], MailState> = { pending: 'queued', running: 'sending', done: 'sent', failed: 'failed', cancelled: 'cancelled' };

/**
 * Every e-mail goes through the job queue: `send` stores the message and
 * answers, the scheduler delivers it (SMTP, or the outbox folder without
 * `SMTP_URL`), and a failed attempt is retried with growing waits, kept
 * with its error for the administrator's outbox list and raised as an alarm
 * once given up. Nothing is lost with a crash: the queue is in storage.
 */
export class Mailer {
  constructor(
    private readonly scheduler: Scheduler,
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
  ) {
    scheduler.register(MAIL_JOB, (job) => this.deliver(job));
  }

  get transportKind(): MailTransport['kind'] {
    return this.transport.kind;
  }

  /** Queues the message, worded in the recipient's language; answers the mail's id. */
  async send(to: Recipient, message: MailMessage): Promise<string> {
    const mail = layOut(to.language, { name: to.name, email: to.email }, wordMail(to.language, message));
    const payload: MailPayload = { mail, category: message.kind };
    const id = await this.scheduler.schedule({ kind: MAIL_JOB, runAt: this.scheduler.now(), payload: payload as unknown as Record<string, unknown> });
    // Without a dedupe key the job is always added.
    return id!;
  }

  private async deliver(job: Job): Promise<Record<string, unknown>> {
    const { mail } = job.payload as unknown as MailPayload;
    const delivery = await this.transport.deliver(mail, job.id, this.scheduler.now());
    log.info({ mailId: job.id, transport: this.transport.kind, attempts: job.attempts }, 'mail delivered');
    return { ...delivery };
  }

  async list(limit: number, offset: number): Promise<OutboxEntry[]> {
    return (await this.jobs.list(MAIL_JOB, { limit, offset })).map(entryOf);
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    const job = await this.jobs.get(id);
    if (job?.kind !== MAIL_JOB) return undefined;
    const { mail } = job.payload as unknown as MailPayload;
    return { ...entryOf(job), text: mail.text, html: mail.html };
  }

  /** The message as RFC 822 (`message/rfc822`): the outbox file, or composed again. */
  async raw(id: string): Promise<Buffer | undefined> {
    const job = await this.jobs.get(id);
    if (job?.kind !== MAIL_JOB) return undefined;
    return this.transport.raw((job.payload as unknown as MailPayload).mail, job.id, job.result as Delivery | null);
  }

  /** A failed mail is tried again now; false when it is not failed. */
  async retry(id: string): Promise<boolean> {
    const job = await this.jobs.get(id);
    if (job?.kind !== MAIL_JOB) return false;
    const requeued = await this.jobs.requeue(id, this.scheduler.now());
    if (requeued) this.scheduler.kick();
    return requeued;
  }
}

function entryOf(job: Job): OutboxEntry {
  const { mail, category } = job.payload as unknown as MailPayload;
  const delivery = job.result as Delivery | null;
  return {
    id: job.id,
    to: mail.to,
    subject: mail.subject,
    category,
    state: STATES[job.state],
    attempts: job.attempts,
    lastError: job.lastError,
    createdAt: job.createdAt,
    nextAttemptAt: job.state === 'pending' ? job.runAt : null,
    sentAt: job.state === 'done' ? job.finishedAt : null,
    file: delivery?.file ?? null,
  };
}

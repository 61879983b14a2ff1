/** `/api/admin/outbox`: every e-mail the server sent, keeps or still tries to send (administrators only). */

/**
 * `queued`: waiting for its (next) attempt; `sending`: an attempt is under
 * way; `sent`: handed to the SMTP server, or written to the outbox folder
 * without `SMTP_URL`; `failed`: given up after the last attempt or refused
 * for good (it can be retried by hand); `cancelled`: no longer wanted.
 */
export type MailState = 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled';

export interface OutboxEntry {
  id: string;
  to: { name: string | null; email: string };
  subject: string;
  /** What the mail is: `round-request`, `reminder-before`, `mention`, … */
  category: string;
  state: MailState;
  attempts: number;
  /** Why the last attempt failed, while it is retried or once it failed. */
  lastError: string | null;
  createdAt: string;
  /** When the next attempt is due (state `queued`). */
  nextAttemptAt: string | null;
  sentAt: string | null;
  /** The `.eml` file in `DATA_DIR/outbox/` (without `SMTP_URL`). */
  file: string | null;
}

/** `GET /api/admin/outbox/:id`: the entry with its text and HTML. */
export interface OutboxMessage extends OutboxEntry {
  text: string;
  html: string;
}

/** `GET /api/admin/outbox`. */
export interface OutboxList {
  /** `smtp` with `SMTP_URL`, else `outbox`. */
  transport: 'smtp' | 'outbox';
  messages: OutboxEntry[];
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Nodemailer from 'nodemailer';
import type { SendMailOptions, Transporter } from 'nodemailer';
import { PermanentJobError } from '../scheduler/scheduler';
import type { MailContent } from './message';

/** What a transport reports for a message it took. */
export interface Delivery {
  messageId: string;
  /** The outbox file (name under DATA_DIR/outbox), when the message was kept rather than sent. */
  file?: string;
  response?: string;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'outbox';
  /** Sends (or keeps) the message; throws on failure, a `PermanentJobError` when retrying cannot help. */
  deliver(mail: MailContent, id: string, now: Date): Promise<Delivery>;
  /** The message as RFC 822 text: the kept file, or the same message composed again. */
  raw(mail: MailContent, id: string, delivery: Delivery | null): Promise<Buffer>;
}

/** Nodemailer's message options for our content; `Message-ID` fixed by the job id, so a retry is the same message. */
function messageOptions(mail: MailContent, id: string, from: string): SendMailOptions {
  return {
    from,
    to: mail.to.name ? { name: mail.to.name, address: mail.to.email } : mail.to.email,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<${id}@hyte-tyotila>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Hyte-Mail-Id': id },
  };
}

/** Nodemailer loads with the first message, not with the server (about 17 MB held from start otherwise). */
const nodemailer = () => createRequire(import.meta.url)('nodemailer') as typeof Nodemailer;

let composer: Transporter | undefined;

async function compose(mail: MailContent, id: string, from: string, date: Date): Promise<Buffer> {
  composer ??= nodemailer().createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await composer.sendMail({ ...messageOptions(mail, id, from), date });
  return info.message as Buffer;
}

/** `20260301T080000Z`: the outbox files sort by when they were written. */
const fileTime = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');

/** Without `SMTP_URL`: every message is written to `DATA_DIR/outbox/<time>-<id>.eml`, as it would have been sent. */
export function outboxTransport(dataDir: string, from: string): MailTransport {
  const folder = join(dataDir, 'outbox');
  return {
    kind: 'outbox',
    async deliver(mail, id, now) {
      await mkdir(folder, { recursive: true });
      const file = `${fileTime(now)}-${id}.eml`;
      await writeFile(join(folder, file), await compose(mail, id, from, now));
      return { messageId: `<${id}@hyte-tyotila>`, file };
    },
    async raw(mail, id, delivery) {
      if (delivery?.file) {
        const kept = await readFile(join(folder, delivery.file)).catch(() => null);
        if (kept) return kept;
      }
      return compose(mail, id, from, new Date());
    },
  };
}

/** With `SMTP_URL`: nodemailer over SMTP (`smtps://` is TLS from the start, `smtp://` upgrades with STARTTLS when offered). */
export function smtpTransport(url: string, from: string): MailTransport {
  // A server that hangs fails the attempt within a minute or two; the job is retried later.
  let smtp: Transporter | undefined;
  return {
    kind: 'smtp',
    async deliver(mail, id) {
      smtp ??= nodemailer().createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
      try {
        const info = await smtp.sendMail(messageOptions(mail, id, from));
        return { messageId: info.messageId, response: info.response };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // 5xx: the server refuses this message for good (no such mailbox, say); 4xx and network failures pass.
        if (typeof code === 'number' && code >= 500 && code < 600) throw new PermanentJobError(`SMTP ${code}: ${(error as Error).message}`);
        throw error;
      }
    },
    raw: (mail, id) => compose(mail, id, from, new Date()),
  };
}

import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './serverProcess';

export interface ReceivedMail {
  /** The envelope's recipients, as the SMTP server was told them (RCPT TO). */
  envelopeTo: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port in
 * the test process: the app's nodemailer talks SMTP to it, and every message
 * is kept, parsed with mailparser. `refuse` makes it answer each message
 * with a temporary failure, as a mail server that is down for maintenance.
 */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** An SMTP reply code to refuse every message with (e.g. 451), or null to accept. */
  refuse: number | null = null;
  private waiters: Array<() => void> = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<TestSmtpServer> {
    const port = await freePort();
    let self: TestSmtpServer | undefined;
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth(auth, _session, callback) {
        callback(null, { user: auth.username });
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (self!.refuse !== null) {
            const error = Object.assign(new Error('Mail server is down for maintenance, try again later'), { responseCode: self!.refuse });
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks);
          simpleParser(raw).then(
            (parsed) => {
              self!.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
              self!.wake();
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    self = new TestSmtpServer(server, port);
    return self;
  }

  get url(): string {
    return `smtp://tester:secret@127.0.0.1:${this.port}`;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Waits until `count` messages (in all) match, or fails after `timeoutMs`. */
  async waitFor(match: (mail: ReceivedMail) => boolean, count = 1, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.filter(match);
      if (found.length >= count) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} matching mails, got ${found.length} of ${this.received.length} received`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Mail addressed to this recipient (the envelope's RCPT TO). */
export const to = (email: string) => (mail: ReceivedMail) => mail.envelopeTo.includes(email);

/** The response link (`…/respond/<token>`) in a mail's plain text. */
export function responseLink(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/respond\/[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')?.[0];
  if (!link) throw new Error(`no response link in: ${mail.parsed.text}`);
  return link;
}

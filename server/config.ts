import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './runtimeFiles';
import type { ExportPoolOptions } from './exports/exportPool';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD must have at least 8 characters').optional(),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  SNAPSHOT_INTERVAL_MS: z.coerce.number().int().min(1000).default(5 * 60_000),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Set when a TLS-terminating proxy serves the app over https. */
  COOKIE_SECURE: z.enum(['0', '1']).default('0'),
  /** PostgreSQL for all state instead of DATA_DIR (scale-out; see docs/deploy.md). */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL').optional(),
  /** Redis for live updates between several server processes; needs DATABASE_URL. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// or rediss:// URL').optional(),
  /**
   * Which proxies in front of the server to believe about the client's address
   * (Express' `trust proxy`): a hop count (`1`) or addresses and subnets
   * (`loopback, 10.0.0.0/8`). Login throttling counts per client address.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[0-9a-zA-Z.:/]+(\s*,\s*[0-9a-zA-Z.:/]+)*)$/, 'TRUST_PROXY must be a hop count or a comma-separated list of addresses, subnets or loopback/linklocal/uniquelocal')
    .optional(),
  /** Most PostgreSQL connections one process opens. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(10),
  /** On SIGTERM, how long `/api/ready` answers 503 while still serving, for a load balancer to notice. */
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(10_000).default(0),
  /** Exports rendered at once (threads); by default two, one on a one-core machine. */
  EXPORT_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  /** The most time one export's render may take on its thread; then 504 and the thread is stopped. */
  EXPORT_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  /** Exports that may wait for a thread; beyond them 503 with Retry-After. */
  EXPORT_QUEUE_SIZE: z.coerce.number().int().min(0).max(10_000).default(16),
  /** Heap limit of one export thread in MB. */
  EXPORT_MEMORY_MB: z.coerce.number().int().min(64).default(512),
  /** THL's Sotkanet REST API, where the indicators' figures come from. */
  SOTKANET_URL: z.url({ protocol: /^https?$/, error: 'SOTKANET_URL must be an http(s) URL' }).default('https://sotkanet.fi/rest/1.1'),
  /** The most one call to Sotkanet may take (the 2.5 MB catalogue included). */
  SOTKANET_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
  /** How old cached Sotkanet data may be before it is fetched again (a day). */
  SOTKANET_REFRESH_MS: z.coerce.number().int().min(1000).default(24 * 3600_000),
  /** The address people reach the service at: the links in e-mails. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http:// or https:// URL' }).optional(),
  /** Where e-mail goes: `smtp://user:pass@host:port` or `smtps://…`; without it, to DATA_DIR/outbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\/[^/]/, 'SMTP_URL must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().min(3).max(300).default('Hyte-työtila <hyte-tyotila@localhost>'),
  /** How often each process looks for due jobs (mail, reminders). */
  SCHEDULER_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(10_000),
  /** How long after a round's deadline its response links still work. */
  RESPONSE_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  /** A file holding milliseconds the scheduler's clock runs ahead of real time (for trying reminders out). */
  HYTE_CLOCK_OFFSET_FILE: z.string().min(1).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  adminEmail?: string;
  adminPassword?: string;
  seedDemo: boolean;
  snapshotIntervalMs: number;
  sessionTtlMs: number;
  cookieSecure: boolean;
  /** Set: every store is in PostgreSQL (`server/storage/openStorage.ts`). */
  databaseUrl?: string;
  /** Set (with `databaseUrl`): several processes serve the same plans through Redis. */
  redisUrl?: string;
  databasePoolSize: number;
  /** Draining time at a stop before the server closes its port. */
  shutdownDrainMs: number;
  /** Express' `trust proxy`: false when the server faces clients directly. */
  trustProxy: number | string | false;
  /** Folder of the built web app. */
  clientDir: string;
  exportPool: ExportPoolOptions;
  /** The yearly cycle: e-mail, response links and the job scheduler. */
  cycle: CycleConfig;
  /** Indicators: Sotkanet and its cache (server/indicators). */
  sotkanet: { url: string; timeoutMs: number; refreshMs: number; userAgent: string };
}

export interface CycleConfig {
  publicUrl: string;
  /** Null: messages are written to DATA_DIR/outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  schedulerPollMs: number;
  responseGraceDays: number;
  clockOffsetFile: string | null;
}

/** Reads the environment variables of the contract; a bad value stops the start with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new Error('Invalid configuration: REDIS_URL needs DATABASE_URL (several processes must share PostgreSQL, not a DATA_DIR)');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    adminEmail: e.ADMIN_EMAIL,
    adminPassword: e.ADMIN_PASSWORD,
    seedDemo: e.SEED_DEMO === '1',
    snapshotIntervalMs: e.SNAPSHOT_INTERVAL_MS,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: e.COOKIE_SECURE === '1',
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    trustProxy: trustProxyOf(e.TRUST_PROXY),
    clientDir: join(projectRoot, 'dist/client'),
    exportPool: {
      threads: e.EXPORT_THREADS ?? Math.min(2, availableParallelism()),
      timeoutMs: e.EXPORT_TIMEOUT_MS,
      queueSize: e.EXPORT_QUEUE_SIZE,
      memoryMb: e.EXPORT_MEMORY_MB,
    },
    cycle: {
      publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
      smtpUrl: e.SMTP_URL ?? null,
      mailFrom: e.MAIL_FROM,
      schedulerPollMs: e.SCHEDULER_POLL_MS,
      responseGraceDays: e.RESPONSE_GRACE_DAYS,
      clockOffsetFile: e.HYTE_CLOCK_OFFSET_FILE ? resolve(e.HYTE_CLOCK_OFFSET_FILE) : null,
    },
    sotkanet: { url: e.SOTKANET_URL, timeoutMs: e.SOTKANET_TIMEOUT_MS, refreshMs: e.SOTKANET_REFRESH_MS, userAgent: sotkanetUserAgent(env.PUBLIC_URL) },
  };
}

/** Sotkanet asks nothing, but a client that names itself and where it lives can be reached when it misbehaves. */
function sotkanetUserAgent(publicUrl: string | undefined): string {
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const home = publicUrl && /^https?:\/\/\S+$/.test(publicUrl) ? publicUrl.replace(/\/+$/, '') : 'https://github.com/hyte-tyotila';
  return `Hyte-tyotila/${version} (+${home})`;
}

function trustProxyOf(value: string | undefined): number | string | false {
  if (value === undefined || value === '0') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

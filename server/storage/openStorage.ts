import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditLog } from './auditLog';
import { FileAuditLog } from './fileAuditLog';
import type { Config } from '../config';
import type { AppStore } from './appStore';
import type { DocumentStore } from './documentStore';
import { FileDocumentStore } from './fileDocumentStore';
import { openLowdbAppStore } from './lowdbAppStore';
import { LowdbSnapshotStore } from './lowdbSnapshotStore';
import type { SnapshotStore } from './snapshotStore';
import type { CycleStore } from './cycleStore';
import { openLowdbCycleStore } from './lowdbCycleStore';
import { pgCycleStore } from './postgres/pgCycleStore';
import type { IndicatorCacheStore } from './indicatorCache';
import { FileIndicatorCache } from './fileIndicatorCache';
import { PgIndicatorCache } from './postgres/pgIndicatorCache';
import type { PublicationStore } from './publicationStore';
import { LowdbPublicationStore } from './lowdbPublicationStore';
import { PgPublicationStore } from './postgres/pgPublicationStore';
import { createPool, probeWrite, withAdvisoryLock } from './postgres/database';
import { migrate } from './postgres/migrate';
import { pgAppStore } from './postgres/pgAppStore';
import { PgAuditLog } from './postgres/pgAuditLog';
import { PgDocumentStore, type PgDocumentStoreOptions } from './postgres/pgDocumentStore';
import { PgSnapshotStore } from './postgres/pgSnapshotStore';

/** Every store of the application, embedded (DATA_DIR) or shared (PostgreSQL). */
export interface Storage {
  kind: 'embedded' | 'postgres';
  app: AppStore;
  documents: DocumentStore;
  snapshots: SnapshotStore;
  audit: AuditLog;
  /** Status rounds, notifications, the annual clock and the job queue (mail, reminders). */
  cycle: CycleStore;
  /** What was fetched from Sotkanet (server/indicators). */
  indicatorCache: IndicatorCacheStore;
  /** Plans published on the public web and their accessibility statements (server/publishing). */
  publications: PublicationStore;
  /**
   * Runs `work` as the only process doing `name` (first start, snapshot runs):
   * a PostgreSQL advisory lock shared by every instance; in the embedded
   * store, this process is the only one anyway. With `wait: false` the work is
   * skipped (resolves `undefined`) while another process does it.
   */
  exclusive<T>(name: string, work: () => Promise<T>, options?: { wait?: boolean }): Promise<T | undefined>;
  /**
   * Makes a small durable write where the data lives and undoes it; rejects,
   * saying why, when storage does not accept writes (a read-only or full
   * disk, a lost or read-only database). For `/api/ready`.
   */
  probeWrite(): Promise<void>;
  /** Closes the documents' journals (waiting for pending appends), then the connections. */
  close(): Promise<void>;
}

export type StorageConfig = Pick<Config, 'dataDir' | 'databaseUrl' | 'databasePoolSize'>;

/** PostgreSQL when `DATABASE_URL` is set, else the embedded stores under `DATA_DIR`. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  return config.databaseUrl
    ? openPostgresStorage(config.databaseUrl, { poolSize: config.databasePoolSize })
    : openEmbeddedStorage(config.dataDir);
}

export async function openEmbeddedStorage(dataDir: string): Promise<Storage> {
  await mkdir(dataDir, { recursive: true });
  const documents = new FileDocumentStore(dataDir);
  await documents.init();
  return {
    kind: 'embedded',
    app: await openLowdbAppStore(dataDir),
    documents,
    snapshots: new LowdbSnapshotStore(dataDir),
    audit: new FileAuditLog(dataDir),
    cycle: await openLowdbCycleStore(dataDir),
    indicatorCache: new FileIndicatorCache(dataDir),
    publications: new LowdbPublicationStore(dataDir),
    exclusive: (_name, work) => work(),
    probeWrite: oneAtATime(() => probeDataDir(dataDir)),
    close: () => documents.close(),
  };
}

export async function openPostgresStorage(
  url: string,
  { poolSize = 10, ...documentOptions }: { poolSize?: number } & PgDocumentStoreOptions = {},
): Promise<Storage> {
  const pool = createPool({ url, poolSize });
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const where = new URL(url);
    throw new Error(`PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname} is not usable: ${(error as Error).message}`);
  }
  const documents = new PgDocumentStore(pool, documentOptions);
  return {
    kind: 'postgres',
    app: pgAppStore(pool),
    documents,
    snapshots: new PgSnapshotStore(pool),
    audit: new PgAuditLog(pool),
    cycle: pgCycleStore(pool),
    indicatorCache: new PgIndicatorCache(pool),
    publications: new PgPublicationStore(pool),
    exclusive: (name, work, options) => withAdvisoryLock(pool, name, work, options),
    probeWrite: oneAtATime(() => probeWrite(pool)),
    async close() {
      await documents.close();
      await pool.end();
    },
  };
}

/** Write, fsync and remove a small file in DATA_DIR: the journal's own path to durable bytes, in small. */
async function probeDataDir(dataDir: string): Promise<void> {
  const file = join(dataDir, `.ready-probe-${process.pid}`);
  try {
    const handle = await open(file, 'w');
    try {
      await handle.writeFile('ready\n');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rm(file);
  } catch (error) {
    throw new Error(`DATA_DIR does not accept writes: ${(error as Error).message}`);
  }
}

/**
 * Callers that arrive while a probe runs share its result: a disk or database
 * that hangs then holds one probe, not one per readiness request.
 */
function oneAtATime(probe: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= probe().finally(() => (running = null)));
}

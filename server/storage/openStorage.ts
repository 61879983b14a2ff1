import { mkdir } from 'node:fs/promises';
import type { AuditLog } from '../audit/auditLog';
import { FileAuditLog } from '../audit/auditLog';
import type { Config } from '../config';
import { LowdbSnapshotStore, type SnapshotStore } from '../versions/snapshotStore';
import type { AppStore } from './appStore';
import type { DocumentStore } from './documentStore';
import { FileDocumentStore } from './fileDocumentStore';
import { openLowdbAppStore } from './lowdbAppStore';
import { createPool, withAdvisoryLock } from './postgres/database';
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
  /**
   * Runs `work` as the only process doing `name` (first start, snapshot runs):
   * a PostgreSQL advisory lock shared by every instance; in the embedded
   * store, this process is the only one anyway. With `wait: false` the work is
   * skipped (resolves `undefined`) while another process does it.
   */
  exclusive<T>(name: string, work: () => Promise<T>, options?: { wait?: boolean }): Promise<T | undefined>;
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
    exclusive: (_name, work) => work(),
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
    exclusive: (name, work, options) => withAdvisoryLock(pool, name, work, options),
    async close() {
      await documents.close();
      await pool.end();
    },
  };
}

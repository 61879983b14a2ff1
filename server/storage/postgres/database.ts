import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { hostname } from 'node:os';
import type pg from 'pg';
import { moduleLogger } from '../../logging/logger';

const log = moduleLogger('postgres');

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** A statement that takes longer fails: a stalled database refuses changes instead of hanging them. */
  statementTimeoutMs?: number;
}

/**
 * The connection pool. Errors of idle connections (the server restarted, the
 * network dropped) are logged, not thrown: the next query reconnects.
 */
export function createPool({ url, poolSize, statementTimeoutMs = 15_000 }: DatabaseOptions): pg.Pool {
  // Loaded here, not at import: an embedded server (no DATABASE_URL) never holds the driver (about 11 MB).
  const { Pool } = createRequire(import.meta.url)('pg') as typeof pg;
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    // Keeps half-open connections (a vanished database host) from hanging forever.
    keepAlive: true,
    application_name: 'hyte-tyotila',
  });
  pool.on('error', (error) => log.warn({ err: error }, 'an idle connection failed'));
  return pool;
}

export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, isolation = 'READ COMMITTED'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL ${isolation}`);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** This process's row in `hyte_readiness_probe`. */
const PROBE_INSTANCE = `${hostname().slice(0, 60)}-${process.pid}-${randomUUID().slice(0, 8)}`;
const PROBE_TIMEOUT_MS = 2_000;

/**
 * A committed write (migration 003): a database that went read-only (a
 * standby after a failover, `default_transaction_read_only`), cannot flush
 * its WAL, or is gone fails it, where `SELECT 1` would still succeed on the
 * first two. Rows of processes gone for a day are removed on the way.
 */
export async function probeWrite(pool: pg.Pool): Promise<void> {
  try {
    await inTransaction(pool, async (client) => {
      await client.query(`SET LOCAL statement_timeout = ${PROBE_TIMEOUT_MS}`);
      await client.query(
        `INSERT INTO hyte_readiness_probe (instance, checked_at) VALUES ($1, now())
         ON CONFLICT (instance) DO UPDATE SET checked_at = excluded.checked_at`,
        [PROBE_INSTANCE],
      );
      await client.query(`DELETE FROM hyte_readiness_probe WHERE checked_at < now() - interval '1 day'`);
    });
  } catch (error) {
    throw new Error(`PostgreSQL does not accept writes: ${(error as Error).message}`);
  }
}

/** A stable 64-bit advisory lock key for a name, so that every process derives the same one. */
export function advisoryKey(name: string): string {
  return createHash('sha256').update(`hyte:${name}`).digest().readBigInt64BE(0).toString();
}

/**
 * Runs `work` while this process holds the cluster-wide advisory lock `name`
 * on a dedicated connection. With `wait: false` it gives up at once (returns
 * `undefined`) when another process holds it. A crashed holder's connection
 * ends, and PostgreSQL releases its lock.
 */
export async function withAdvisoryLock<T>(
  pool: pg.Pool,
  name: string,
  work: () => Promise<T>,
  { wait = true }: { wait?: boolean } = {},
): Promise<T | undefined> {
  const key = advisoryKey(name);
  const client = await pool.connect();
  try {
    if (wait) {
      // Waiting for a lock is not a slow statement.
      await client.query('SET statement_timeout = 0');
      await client.query('SELECT pg_advisory_lock($1)', [key]);
      await client.query('RESET statement_timeout');
    } else {
      const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [key]);
      if (!rows[0]?.locked) return undefined;
    }
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

/** `timestamptz` → the ISO string the application uses. */
export const iso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

/** A `bytea` as a plain Uint8Array view (Yjs needs no Buffer). */
export const bytes = (value: Buffer): Uint8Array => new Uint8Array(value.buffer, value.byteOffset, value.byteLength);

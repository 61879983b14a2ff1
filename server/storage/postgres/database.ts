import { createHash } from 'node:crypto';
import pg from 'pg';
import { moduleLogger } from '../../logging/logger';

const log = moduleLogger('postgres');

export type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

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
  const pool = new pg.Pool({
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

import type pg from 'pg';
import type { CycleCollectionName, CycleStore, Job, JobQueue, JobState, RecordCollection, StoredRecord } from '../cycleStore';
import { inTransaction, iso } from './database';

interface JobRow {
  id: string;
  kind: string;
  dedupe_key: string | null;
  state: JobState;
  run_at: Date;
  locked_until: Date | null;
  attempts: number;
  last_error: string | null;
  payload: Record<string, unknown>;
  result: Record<string, unknown> | null;
  created_at: Date;
  finished_at: Date | null;
}

const JOB_COLUMNS = 'id, kind, dedupe_key, state, run_at, locked_until, attempts, last_error, payload, result, created_at, finished_at';

const toJob = (r: JobRow): Job => ({
  id: r.id,
  kind: r.kind,
  dedupeKey: r.dedupe_key,
  state: r.state,
  runAt: iso(r.run_at),
  lockedUntil: r.locked_until ? iso(r.locked_until) : null,
  attempts: r.attempts,
  lastError: r.last_error,
  payload: r.payload,
  result: r.result,
  createdAt: iso(r.created_at),
  finishedAt: r.finished_at ? iso(r.finished_at) : null,
});

/** Migration 007: records in `hyte_cycle_records`, jobs in `hyte_jobs`. */
export function pgCycleStore(pool: pg.Pool): CycleStore {
  function collection<T extends StoredRecord>(name: CycleCollectionName): RecordCollection<T> {
    return {
      async get(id) {
        const { rows } = await pool.query<{ data: T }>('SELECT data FROM hyte_cycle_records WHERE collection = $1 AND id = $2', [name, id]);
        return rows[0]?.data;
      },
      async find(filter) {
        // Containment (`@>`) is what the GIN index serves; null matches a field stored as null, as in the embedded store.
        const { rows } = await pool.query<{ data: T }>('SELECT data FROM hyte_cycle_records WHERE collection = $1 AND data @> $2::jsonb ORDER BY ord', [
          name,
          JSON.stringify(filter),
        ]);
        return rows.map((r) => r.data);
      },
      async put(record) {
        await pool.query(
          `INSERT INTO hyte_cycle_records (collection, id, data) VALUES ($1, $2, $3::jsonb)
           ON CONFLICT (collection, id) DO UPDATE SET data = excluded.data`,
          [name, record.id, JSON.stringify(record)],
        );
      },
      update(id, change) {
        return inTransaction(pool, async (client) => {
          const { rows } = await client.query<{ data: T }>('SELECT data FROM hyte_cycle_records WHERE collection = $1 AND id = $2 FOR UPDATE', [name, id]);
          const current = rows[0]?.data;
          if (!current) return undefined;
          const next = change(current);
          if (next === null) return current;
          const stored = { ...next, id };
          await client.query('UPDATE hyte_cycle_records SET data = $3::jsonb WHERE collection = $1 AND id = $2', [name, id, JSON.stringify(stored)]);
          return stored;
        });
      },
      async delete(id) {
        await pool.query('DELETE FROM hyte_cycle_records WHERE collection = $1 AND id = $2', [name, id]);
      },
    };
  }

  const jobs: JobQueue = {
    async add(job) {
      const { rowCount } = await pool.query(
        `INSERT INTO hyte_jobs (id, kind, dedupe_key, state, run_at, payload, created_at)
         VALUES ($1, $2, $3, 'pending', $4, $5::jsonb, $6) ON CONFLICT DO NOTHING`,
        [job.id, job.kind, job.dedupeKey ?? null, job.runAt, JSON.stringify(job.payload), job.createdAt],
      );
      return rowCount === 1;
    },
    claim(now, { limit, leaseMs }) {
      // The lock on the selected rows and the move to `running` commit together: a row locked by
      // another process's claim is skipped, not waited for, and is not due any more once it commits.
      return inTransaction(pool, async (client) => {
        const { rows } = await client.query<JobRow>(
          `UPDATE hyte_jobs SET state = 'running', locked_until = $2, attempts = attempts + 1
           WHERE id IN (
             SELECT id FROM hyte_jobs
             WHERE (state = 'pending' AND run_at <= $1) OR (state = 'running' AND locked_until < $1)
             ORDER BY run_at LIMIT $3 FOR UPDATE SKIP LOCKED
           ) RETURNING ${JOB_COLUMNS}`,
          [now, new Date(now.getTime() + leaseMs), limit],
        );
        return rows.map(toJob).sort((a, b) => a.runAt.localeCompare(b.runAt));
      });
    },
    async finish(id, now, result = null) {
      await pool.query(`UPDATE hyte_jobs SET state = 'done', locked_until = NULL, finished_at = $2, result = $3::jsonb WHERE id = $1`, [
        id,
        now,
        result === null ? null : JSON.stringify(result),
      ]);
    },
    async retry(id, runAt, error) {
      await pool.query(`UPDATE hyte_jobs SET state = 'pending', locked_until = NULL, run_at = $2, last_error = $3 WHERE id = $1`, [id, runAt, error]);
    },
    async fail(id, now, error) {
      await pool.query(`UPDATE hyte_jobs SET state = 'failed', locked_until = NULL, finished_at = $2, last_error = $3 WHERE id = $1`, [id, now, error]);
    },
    async cancelPending(prefix, now) {
      const { rowCount } = await pool.query(
        `UPDATE hyte_jobs SET state = 'cancelled', finished_at = $2 WHERE state = 'pending' AND starts_with(dedupe_key, $1)`,
        [prefix, now],
      );
      return rowCount ?? 0;
    },
    async requeue(id, runAt) {
      const { rowCount } = await pool.query(
        `UPDATE hyte_jobs SET state = 'pending', run_at = $2, finished_at = NULL WHERE id = $1 AND state IN ('failed', 'cancelled')`,
        [id, runAt],
      );
      return rowCount === 1;
    },
    async get(id) {
      const { rows } = await pool.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM hyte_jobs WHERE id = $1`, [id]);
      return rows[0] ? toJob(rows[0]) : undefined;
    },
    async list(kind, { limit, offset = 0 }) {
      const { rows } = await pool.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM hyte_jobs WHERE kind = $1 ORDER BY ord DESC LIMIT $2 OFFSET $3`, [kind, limit, offset]);
      return rows.map(toJob);
    },
    async purgeFinished(before) {
      const { rowCount } = await pool.query(`DELETE FROM hyte_jobs WHERE state IN ('done', 'cancelled') AND finished_at < $1`, [before]);
      return rowCount ?? 0;
    },
  };

  return { collection, jobs };
}

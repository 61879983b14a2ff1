import type pg from 'pg';
import { checkIndicatorCacheKey, type IndicatorCacheEntry, type IndicatorCacheStore } from '../indicatorCache';
import { iso } from './database';

/** `hyte_indicator_cache` (migration 005): one row per key, shared by every server process. */
export class PgIndicatorCache implements IndicatorCacheStore {
  constructor(private readonly pool: pg.Pool) {}

  async get(key: string): Promise<IndicatorCacheEntry | undefined> {
    checkIndicatorCacheKey(key);
    const { rows } = await this.pool.query<{ fetched_at: Date; value: unknown }>('SELECT fetched_at, value FROM hyte_indicator_cache WHERE key = $1', [key]);
    const row = rows[0];
    return row ? { key, fetchedAt: iso(row.fetched_at), value: row.value } : undefined;
  }

  async fetchedAt(key: string): Promise<string | undefined> {
    checkIndicatorCacheKey(key);
    const { rows } = await this.pool.query<{ fetched_at: Date }>('SELECT fetched_at FROM hyte_indicator_cache WHERE key = $1', [key]);
    return rows[0] ? iso(rows[0].fetched_at) : undefined;
  }

  /** A value fetched earlier than the stored one (a slower process) does not replace it. */
  async put(entry: IndicatorCacheEntry): Promise<void> {
    checkIndicatorCacheKey(entry.key);
    await this.pool.query(
      `INSERT INTO hyte_indicator_cache (key, fetched_at, value) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET fetched_at = excluded.fetched_at, value = excluded.value
       WHERE hyte_indicator_cache.fetched_at <= excluded.fetched_at`,
      [entry.key, entry.fetchedAt, JSON.stringify(entry.value)],
    );
  }

  async list(): Promise<Array<{ key: string; fetchedAt: string }>> {
    const { rows } = await this.pool.query<{ key: string; fetched_at: Date }>('SELECT key, fetched_at FROM hyte_indicator_cache ORDER BY key');
    return rows.map((row) => ({ key: row.key, fetchedAt: iso(row.fetched_at) }));
  }
}

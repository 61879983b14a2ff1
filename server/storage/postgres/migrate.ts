import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { serverPath } from '../../runtimeFiles';
import { withAdvisoryLock } from './database';

const MIGRATIONS_DIR = serverPath('storage/postgres/migrations');
const FILE_PATTERN = /^(\d{3})_[a-z0-9_]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const migrations: Migration[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const match = FILE_PATTERN.exec(file);
    if (!match) continue;
    migrations.push({ version: Number(match[1]), name: file, sql: await readFile(join(dir, file), 'utf8') });
  }
  return migrations;
}

/**
 * Brings the schema up to date: each versioned SQL file not yet applied runs
 * in its own transaction, recorded in `hyte_schema_migrations`. The whole run
 * holds an advisory lock, so instances starting at once apply each file once
 * (the others wait, then find nothing to do). A database newer than this
 * code (a rolled-back deploy) is refused.
 */
export async function migrate(pool: pg.Pool, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await readMigrations());
  const applied: number[] = [];
  await withAdvisoryLock(pool, 'schema-migrations', async () => {
    await pool.query(`CREATE TABLE IF NOT EXISTS hyte_schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await pool.query<{ version: number }>('SELECT version FROM hyte_schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...all.map((m) => m.version));
    const unknown = [...done].filter((v) => v > newest);
    if (unknown.length > 0) {
      throw new Error(`The database has schema version ${Math.max(...unknown)}, newer than this server knows (${newest}): run the newer server`);
    }
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query('INSERT INTO hyte_schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
        applied.push(migration.version);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      } finally {
        client.release();
      }
    }
  });
  return applied;
}

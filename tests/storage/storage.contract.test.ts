import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresServer, skipScaleout } from '../scaleout/services';
import { openEmbeddedStorage, openPostgresStorage } from '../../server/storage/openStorage';
import { readMigrations } from '../../server/storage/postgres/migrate';
import { storageContract } from './storageContract';

storageContract({
  name: 'embedded (files + lowdb)',
  shared: false,
  async fresh() {
    const dir = await mkdtemp(join(tmpdir(), 'hyte-contract-'));
    return { open: () => openEmbeddedStorage(dir), dispose: () => rm(dir, { recursive: true, force: true }) };
  },
});

// PostgreSQL is started here (Debian's server on loopback); if it cannot be, the suite fails and says why.
describe.skipIf(skipScaleout)('on PostgreSQL', () => {
  let server: PostgresServer | undefined;
  let databases = 0;

  beforeAll(async () => {
    server = await PostgresServer.start();
  });

  afterAll(async () => {
    await server?.stop();
  });

  storageContract({
    name: 'PostgreSQL',
    shared: true,
    async fresh() {
      if (!server) throw new Error('PostgreSQL did not start (see the error of beforeAll)');
      const url = await server.createDatabase(`contract_${++databases}`);
      // A short "missed" age keeps the hand-back test quick; the server's default is seconds.
      return { open: () => openPostgresStorage(url, { poolSize: 4, missedAfterSeconds: 1 }), dispose: async () => undefined };
    },
  });

  describe('PostgreSQL specifics', () => {
    it('migrates once when several processes start at once, and refuses a schema newer than the code', async () => {
      const url = await server!.createDatabase('migrations');
      const storages = await Promise.all([1, 2, 3].map(() => openPostgresStorage(url, { poolSize: 3 })));
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const versions = (await readMigrations()).map((m) => ({ version: m.version }));
        expect((await db.query('SELECT version FROM hyte_schema_migrations ORDER BY version')).rows).toEqual(versions);
        await db.query("INSERT INTO hyte_schema_migrations (version, name) VALUES (999, '999_future.sql')");
        await expect(openPostgresStorage(url)).rejects.toThrow(/schema version 999, newer than this server knows/);
      } finally {
        await db.end();
        for (const storage of storages) await storage.close();
      }
    });

    it('refuses to change or remove audit entries and named versions, whoever asks the database', async () => {
      const url = await server!.createDatabase('append_only');
      const storage = await openPostgresStorage(url, { poolSize: 3 });
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        await storage.audit.record('p1', { at: new Date().toISOString(), user: null, entity: 'plan', entityId: 'p1', field: 'title', from: 'a', to: 'b' });
        await expect(db.query("UPDATE hyte_audit SET to_value = 'forged'")).rejects.toThrow(/append-only/);
        await expect(db.query('DELETE FROM hyte_audit')).rejects.toThrow(/append-only/);
        await expect(db.query('TRUNCATE hyte_audit')).rejects.toThrow(/append-only/);
        expect((await storage.audit.list('p1', { limit: 10 }))[0]?.to).toBe('b');
        await db.query(`INSERT INTO hyte_snapshots (id, plan_id, kind, label, created_at, content_hash, data, state)
          VALUES ('n1', 'p1', 'named', 'Valtuustolle', now(), 'h', '{}', '\\x00')`);
        await expect(db.query("DELETE FROM hyte_snapshots WHERE id = 'n1'")).rejects.toThrow(/cannot be removed/);
      } finally {
        await db.end();
        await storage.close();
      }
    });
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleStore, NewJob } from '../../server/storage/cycleStore';
import { openEmbeddedStorage, openPostgresStorage, type Storage } from '../../server/storage/openStorage';
import { PostgresServer, skipScaleout } from '../scaleout/services';

/**
 * The yearly cycle's store (records and the job queue) behaves the same on
 * both backends; on PostgreSQL, several processes claiming at once never get
 * the same job.
 */

interface Location {
  open(): Promise<Storage>;
  dispose(): Promise<void>;
}

const T0 = new Date(Date.UTC(2026, 2, 1, 8, 0));
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const job = (id: string, minutes: number, dedupeKey: string | null = null): NewJob => ({
  id,
  kind: 'reminder',
  runAt: at(minutes).toISOString(),
  payload: { id },
  dedupeKey,
  createdAt: T0.toISOString(),
});

interface Note {
  id: string;
  userId: string;
  readAt: string | null;
  count: number;
}

function cycleContract(name: string, fresh: () => Promise<Location>) {
  describe(`cycle store: ${name}`, () => {
    async function withStore(test: (cycle: CycleStore, reopen: () => Promise<CycleStore>) => Promise<void>) {
      const location = await fresh();
      let storage = await location.open();
      try {
        await test(storage.cycle, async () => {
          await storage.close();
          storage = await location.open();
          return storage.cycle;
        });
      } finally {
        await storage.close();
        await location.dispose();
      }
    }

    it('keeps records, finds them by equal fields in insertion order, changes one atomically', () =>
      withStore(async (cycle, reopen) => {
        const notes = cycle.collection<Note>('notifications');
        await notes.put({ id: 'n1', userId: 'u1', readAt: null, count: 0 });
        await notes.put({ id: 'n2', userId: 'u2', readAt: null, count: 0 });
        await notes.put({ id: 'n3', userId: 'u1', readAt: '2026-03-01T00:00:00.000Z', count: 0 });
        expect((await notes.find({ userId: 'u1' })).map((n) => n.id)).toEqual(['n1', 'n3']);
        expect((await notes.find({ userId: 'u1', readAt: null })).map((n) => n.id)).toEqual(['n1']);
        // Other collections do not see them.
        expect(await cycle.collection<Note>('rounds').find({ userId: 'u1' })).toEqual([]);

        // Concurrent increments: none is lost.
        await Promise.all(Array.from({ length: 20 }, () => notes.update('n1', (n) => ({ ...n, count: n.count + 1 }))));
        expect((await notes.get('n1'))?.count).toBe(20);
        expect(await notes.update('n1', () => null)).toMatchObject({ count: 20 });
        expect(await notes.update('missing', (n) => n)).toBeUndefined();

        const read = await notes.get('n2');
        read!.userId = 'changed in the caller';
        expect((await notes.get('n2'))?.userId).toBe('u2');

        await notes.delete('n3');
        const reopened = (await reopen()).collection<Note>('notifications');
        expect((await reopened.find({})).map((n) => n.id)).toEqual(['n1', 'n2']);
      }));

    it('gives a due job once, retries it later, keeps dedupe keys and survives a reopen', () =>
      withStore(async (cycle, reopen) => {
        expect(await cycle.jobs.add(job('a', 0, 'reminder:r1:-7d'))).toBe(true);
        expect(await cycle.jobs.add(job('a2', 5, 'reminder:r1:-7d'))).toBe(false);
        await cycle.jobs.add(job('b', 10));
        await cycle.jobs.add(job('c', 20, 'reminder:r1:+1d'));

        expect(await cycle.jobs.claim(at(-1), { limit: 10, leaseMs: 60_000 })).toEqual([]);
        const first = await cycle.jobs.claim(at(15), { limit: 10, leaseMs: 60_000 });
        expect(first.map((j) => [j.id, j.state, j.attempts])).toEqual([
          ['a', 'running', 1],
          ['b', 'running', 1],
        ]);
        // Within the lease nobody else gets them.
        expect(await cycle.jobs.claim(at(15.5), { limit: 10, leaseMs: 60_000 })).toEqual([]);

        await cycle.jobs.finish('a', at(16), { file: 'x.eml' });
        await cycle.jobs.retry('b', at(30), 'connection refused');
        expect(await cycle.jobs.get('b')).toMatchObject({ state: 'pending', lastError: 'connection refused', attempts: 1 });

        // A process that died while running: once the lease is out, the job is taken again, after a restart too.
        const again = (await reopen()).jobs;
        expect((await again.claim(at(25), { limit: 10, leaseMs: 60_000 })).map((j) => j.id)).toEqual(['c']);
        expect((await again.claim(at(31), { limit: 10, leaseMs: 60_000 })).map((j) => [j.id, j.attempts])).toEqual([
          ['c', 2],
          ['b', 2],
        ]);
        await again.fail('b', at(31), 'gave up');
        expect(await again.get('a')).toMatchObject({ state: 'done', result: { file: 'x.eml' }, finishedAt: at(16).toISOString() });
        expect(await again.requeue('a', at(40))).toBe(false);
        expect(await again.requeue('b', at(40))).toBe(true);
        expect((await again.list('reminder', { limit: 10 })).map((j) => j.id)).toEqual(['c', 'b', 'a']);

        expect(await again.add(job('d', 50, 'reminder:r2:-1d'))).toBe(true);
        expect(await again.cancelPending('reminder:r2:', at(45))).toBe(1);
        expect((await again.get('d'))?.state).toBe('cancelled');
        expect(await again.purgeFinished(at(46))).toBe(2);
        expect((await again.list('reminder', { limit: 10 })).map((j) => j.id)).toEqual(['c', 'b']);
      }));
  });
}

cycleContract('embedded (lowdb)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'hyte-cycle-'));
  return { open: () => openEmbeddedStorage(dir), dispose: () => rm(dir, { recursive: true, force: true }) };
});

describe.skipIf(skipScaleout)('on PostgreSQL', () => {
  let server: PostgresServer | undefined;
  let databases = 0;
  const database = async () => {
    if (!server) throw new Error('PostgreSQL did not start (see the error of beforeAll)');
    return server.createDatabase(`cycle_${++databases}`);
  };

  beforeAll(async () => {
    server = await PostgresServer.start();
  });
  afterAll(async () => {
    await server?.stop();
  });

  cycleContract('PostgreSQL', async () => {
    const url = await database();
    return { open: () => openPostgresStorage(url, { poolSize: 4 }), dispose: async () => undefined };
  });

  it('hands each due job to exactly one of several processes claiming at once', async () => {
    const url = await database();
    const storages = await Promise.all([1, 2, 3].map(() => openPostgresStorage(url, { poolSize: 4 })));
    try {
      for (let i = 0; i < 60; i++) await storages[0]!.cycle.jobs.add(job(`j${i}`, i % 7));
      const claimed: string[] = [];
      await Promise.all(
        storages.flatMap((storage) =>
          Array.from({ length: 4 }, async () => {
            for (;;) {
              const got = await storage.cycle.jobs.claim(at(10), { limit: 3, leaseMs: 60_000 });
              if (got.length === 0) return;
              claimed.push(...got.map((j) => j.id));
            }
          }),
        ),
      );
      expect(claimed).toHaveLength(60);
      expect(new Set(claimed).size).toBe(60);
    } finally {
      for (const storage of storages) await storage.close();
    }
  });
});

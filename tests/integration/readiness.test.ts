import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ServerProcess } from '../support/serverProcess';

const ready = async (server: ServerProcess) => {
  const response = await fetch(`${server.url}/api/ready`);
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string } };
};

async function waitForReady(server: ServerProcess, status: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await ready(server);
  while (last.status !== status && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await ready(server);
  }
  return last;
}

/**
 * A data folder we can make read-only under the running server. As root,
 * chmod does not stop writes, so root gets a small tmpfs of its own,
 * remounted read-only (what the kernel does to a failing disk) or filled;
 * another user gets a folder with its write permission taken away.
 */
function readOnlyCapableDataDir(): { dataDir: string; makeReadOnly(): void; makeWritable(): void; fill?(): void; unfill?(): void; remove(): void } | null {
  const base = mkdtempSync(join(tmpdir(), 'hyte-ready-'));
  if (process.getuid?.() !== 0) {
    const dataDir = join(base, 'data');
    mkdirSync(dataDir);
    return {
      dataDir,
      makeReadOnly: () => chmodSync(dataDir, 0o555),
      makeWritable: () => chmodSync(dataDir, 0o755),
      remove: () => rmSync(base, { recursive: true, force: true }),
    };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', base], { stdio: 'ignore' });
  } catch {
    rmSync(base, { recursive: true, force: true });
    return null;
  }
  const filler = join(base, 'filler');
  return {
    dataDir: join(base, 'data'),
    makeReadOnly: () => execFileSync('mount', ['-o', 'remount,ro', base]),
    makeWritable: () => execFileSync('mount', ['-o', 'remount,rw', base]),
    fill: () => {
      try {
        writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024));
      } catch {
        // ENOSPC: full now
      }
    },
    unfill: () => rmSync(filler, { force: true }),
    remove: () => {
      execFileSync('umount', ['-l', base]);
      rmSync(base, { recursive: true, force: true });
    },
  };
}

describe('GET /api/ready', () => {
  const servers: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.destroy()));
  });

  it('is ready when storage accepts writes, and stays out of the request log', async () => {
    const server = await ServerProcess.start({ SEED_DEMO: '0' });
    servers.push(server);
    expect(await ready(server)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(server.output).not.toMatch(/"url":"\/api\/ready"/);
  });

  it('answers 503 draining from SIGTERM on, while it still serves, then stops cleanly in order', async () => {
    const server = await ServerProcess.start({ SEED_DEMO: '0', SHUTDOWN_DRAIN_MS: '3000' });
    servers.push(server);
    const exited = server.kill('SIGTERM');
    const draining = await waitForReady(server, 503, 2500);
    expect(draining.status).toBe(503);
    expect(draining.body).toMatchObject({ status: 'not-ready', reason: expect.stringMatching(/draining/) });
    // Alive and serving meanwhile: only the load balancer's routing changes.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(await exited).toBe(0);
    // In order: each step is numbered and ended no earlier than the one before; draining lasted SHUTDOWN_DRAIN_MS.
    const entries = server.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { module: string; step?: string; n?: number; msg: string; time: string });
    const ended = (entry: { time: string }) => Date.parse(entry.time);
    const steps = entries.filter((e) => e.module === 'shutdown').sort((a, b) => a.n! - b.n!);
    expect(
      steps.map((e) => e.step),
      server.output,
    ).toEqual(['draining', 'schedulers', 'new connections', 'collaboration', 'requests in progress', 'worker threads', 'storage']);
    steps.slice(1).forEach((step, i) => expect(ended(step)).toBeGreaterThanOrEqual(ended(steps[i]!)));
    expect(ended(steps[0]!)).toBeGreaterThanOrEqual(Date.parse(entries.find((e) => e.msg === 'storing pending changes and stopping')!.time) + 2900);
    const stopped = entries.find((e) => e.msg === 'stopped cleanly');
    expect(stopped && ended(stopped)).toBeGreaterThanOrEqual(ended(steps.at(-1)!));
  });
});

const disk = readOnlyCapableDataDir();

describe.skipIf(!disk)('GET /api/ready when DATA_DIR stops accepting writes', () => {
  afterAll(() => disk?.remove());

  it('answers 503 with the reason on a read-only disk and on a full one, and ready again once writes work', async () => {
    const server = await ServerProcess.start({ SEED_DEMO: '0', DATA_DIR: disk!.dataDir });
    try {
      expect((await ready(server)).status).toBe(200);

      disk!.makeReadOnly();
      const readOnly = await ready(server);
      expect(readOnly.status).toBe(503);
      expect(readOnly.body.status).toBe('not-ready');
      expect(readOnly.body.reason).toMatch(/storage: DATA_DIR does not accept writes: (EROFS|EACCES)/);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      disk!.makeWritable();
      expect((await ready(server)).status).toBe(200);

      if (disk!.fill) {
        disk!.fill();
        const full = await ready(server);
        expect(full.status).toBe(503);
        expect(full.body.reason).toMatch(/storage: DATA_DIR does not accept writes: ENOSPC/);
        disk!.unfill!();
        expect((await ready(server)).status).toBe(200);
      }
    } finally {
      disk!.makeWritable();
      await server.destroy();
    }
  });
});

if (!disk) {
  console.warn('readiness.test.ts: running as root without permission to mount a tmpfs, so DATA_DIR cannot be made read-only here; that case is skipped.');
}

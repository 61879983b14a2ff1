import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/serverProcess';
import { ScaleoutCluster } from './cluster';
import { skipScaleout } from './services';

async function readiness(server: ServerProcess): Promise<{ status: number; reason?: string }> {
  const response = await fetch(`${server.url}/api/ready`);
  const body = (await response.json()) as { reason?: string };
  return { status: response.status, reason: body.reason };
}

/** Polls until `/api/ready` answers `status`; returns the last answer. */
async function until(server: ServerProcess, status: number, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last = await readiness(server);
  while (last.status !== status && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    last = await readiness(server);
  }
  return last;
}

async function setReadOnly(databaseUrl: string, readOnly: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Reloaded into every open session too, as after a failover to a standby that refuses writes.
    await client.query(readOnly ? 'ALTER SYSTEM SET default_transaction_read_only = on' : 'ALTER SYSTEM RESET default_transaction_read_only');
    await client.query('SELECT pg_reload_conf()');
  } finally {
    await client.end();
  }
}

/** What a load balancer learns from `/api/ready` on PostgreSQL + Redis (docs/deploy.md). */
describe.skipIf(skipScaleout)('readiness on PostgreSQL and Redis', () => {
  let cluster: ScaleoutCluster;
  let server: ServerProcess;

  beforeAll(async () => {
    cluster = await ScaleoutCluster.start({ SEED_DEMO: '0' });
    server = await cluster.instance();
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('is not ready while Redis is away, and ready again once it is back', async () => {
    expect(await readiness(server)).toEqual({ status: 200, reason: undefined });
    await cluster.redis.pause();
    try {
      const away = await until(server, 503);
      expect(away.status).toBe(503);
      // Either a connection already knows it is down, or the ping itself fails.
      expect(away.reason).toMatch(/^redis: (Redis .* connection is (connecting|reconnecting|close|end)|.*(max retries|ECONNREFUSED|Connection is closed))/);
    } finally {
      await cluster.redis.resume();
    }
    expect((await until(server, 200)).status).toBe(200);
  });

  it('is not ready while PostgreSQL answers but refuses writes, nor while it is down', async () => {
    await setReadOnly(cluster.databaseUrl, true);
    try {
      const readOnly = await until(server, 503);
      expect(readOnly.status).toBe(503);
      expect(readOnly.reason).toMatch(/storage: PostgreSQL does not accept writes: cannot execute INSERT in a read-only transaction/);
    } finally {
      await setReadOnly(cluster.databaseUrl, false);
    }
    expect((await until(server, 200)).status).toBe(200);

    await cluster.postgres.pause();
    try {
      const down = await until(server, 503);
      expect(down.status).toBe(503);
      expect(down.reason).toMatch(/^storage: /);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      await cluster.postgres.resume();
    }
    expect((await until(server, 200)).status).toBe(200);
  });
});

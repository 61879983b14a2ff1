import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerProcess } from '../support/serverProcess';

describe('starting and refusing to start', () => {
  const servers: ServerProcess[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.destroy()));
  });

  it('generates and prints an administrator password once when none is configured', async () => {
    const server = await ServerProcess.start({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
    servers.push(server);
    const match = /Administrator created: (\S+) \/ (\S+)/.exec(server.output);
    expect(match?.[1]).toBe('admin@hyte.local');
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: match![1], password: match![2] }),
    });
    expect(login.status).toBe(200);
    await server.restart();
    expect(server.output.match(/Administrator created/g)).toHaveLength(1);
  });

  it('stops with a clear message instead of serving a plan from a damaged file', async () => {
    const server = await ServerProcess.start();
    servers.push(server);
    await server.kill('SIGTERM');
    const documents = join(server.dataDir, 'documents');
    const [demo] = await readdir(documents);
    const snapshot = join(documents, demo!, 'state.bin');
    const bytes = await readFile(snapshot);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    await writeFile(snapshot, bytes);

    await expect(server.spawn()).rejects.toThrow(/could not start: Corrupt document file .*state\.bin: checksum mismatch/);
  });

  it('refuses an invalid configuration by name', async () => {
    await expect(ServerProcess.start({ SNAPSHOT_INTERVAL_MS: 'often' })).rejects.toThrow(/SNAPSHOT_INTERVAL_MS/);
  });
});

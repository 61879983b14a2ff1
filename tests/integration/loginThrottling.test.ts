import { afterEach, describe, expect, it } from 'vitest';
import { ServerProcess } from '../support/serverProcess';

// server/auth/loginLimiter.ts: 50 failures per client address within the window.
const PER_ADDRESS = 50;

/** A failed login for a different account each time, so that only the per-address count can stop it. */
async function failLogin(server: ServerProcess, n: number, forwardedFor?: string): Promise<number> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}) },
    body: JSON.stringify({ email: `arvaaja${n}@example.fi`, password: 'väärin-väärin' }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('login throttling per client address', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('ignores X-Forwarded-For by default: a guesser cannot reset the count by making addresses up', async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const statuses: number[] = [];
    for (let i = 0; i <= PER_ADDRESS; i++) statuses.push(await failLogin(server, i, `203.0.113.${i}`));
    expect(statuses.slice(0, PER_ADDRESS).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('behind a trusted proxy (TRUST_PROXY), counts each forwarded client address on its own', async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0', TRUST_PROXY: 'loopback' });
    for (let i = 0; i < PER_ADDRESS; i++) expect(await failLogin(server, i, '203.0.113.7')).toBe(401);
    expect(await failLogin(server, PER_ADDRESS, '203.0.113.7')).toBe(429);
    // Everyone else behind the same proxy can still sign in.
    expect(await failLogin(server, PER_ADDRESS + 1, '198.51.100.20')).toBe(401);
  });

  it('refuses to start with a TRUST_PROXY it cannot read, naming it', async () => {
    await expect(ServerProcess.start({ SEED_DEMO: '0', TRUST_PROXY: 'kaikki; drop' })).rejects.toThrow(/TRUST_PROXY/);
  });
});

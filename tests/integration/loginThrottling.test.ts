import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_LIMITS } from '../../server/auth/loginLimiter';
import { ScaleoutCluster } from '../scaleout/cluster';
import { skipScaleout } from '../scaleout/services';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const { perAccountAndAddress: PER_PAIR, perAddress: PER_ADDRESS, perAccount: PER_ACCOUNT } = LOGIN_LIMITS;
const WRONG = 'väärin-väärin';

/** One login attempt from `from` (an X-Forwarded-For address the server believes only with TRUST_PROXY); its status. */
async function attempt(server: ServerProcess, email: string, password: string, from?: string): Promise<number> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(from ? { 'X-Forwarded-For': from } : {}) },
    body: JSON.stringify({ email, password }),
  });
  await response.arrayBuffer();
  return response.status;
}

async function attempts(n: number, next: (i: number) => Promise<number>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i++) statuses.push(await next(i));
  return statuses;
}

const times = (n: number, status: number) => Array<number>(n).fill(status);

async function createUser(server: ServerProcess, email: string): Promise<{ email: string; password: string }> {
  const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
  const person = { email, name: email.split('@')[0]!, password: `${email}-oikea-salasana` };
  expect((await admin.post('/api/users', person)).status).toBe(201);
  return person;
}

describe('login throttling per client address', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });

  it('ignores X-Forwarded-For by default: a guesser cannot reset the count by making addresses up', async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const statuses = await attempts(PER_ADDRESS + 1, (i) => attempt(server!, `arvaaja${i}@example.fi`, WRONG, `203.0.113.${i}`));
    expect(statuses).toEqual([...times(PER_ADDRESS, 401), 429]);
  });

  it('refuses to start with a TRUST_PROXY it cannot read, naming it', async () => {
    await expect(ServerProcess.start({ SEED_DEMO: '0', TRUST_PROXY: 'kaikki; drop' })).rejects.toThrow(/TRUST_PROXY/);
  });
});

/**
 * Each test uses its own addresses and accounts on one server, so that the
 * counts of one never reach another.
 */
function throttlingBehindProxy(name: string, start: () => Promise<{ attacker: ServerProcess; victim: ServerProcess; stop: () => Promise<void> }>) {
  describe(name, () => {
    let attacker: ServerProcess;
    let victim: ServerProcess;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      ({ attacker, victim, stop } = await start());
    });
    afterAll(async () => stop?.());

    it("a stranger failing 50 times for a colleague's e-mail is slowed, but locks out neither the colleague nor anyone behind the stranger's address", async () => {
      const target = await createUser(victim, 'kohde@example.fi');
      const neighbour = await createUser(victim, 'naapuri@example.fi');
      const strangerAt = '203.0.113.66';
      const failures = await attempts(50, () => attempt(attacker, target.email, WRONG, strangerAt));
      expect(failures).toEqual([...times(PER_PAIR, 401), ...times(50 - PER_PAIR, 429)]);
      // Slowed for this account from this address, on every process, even with the right password: the 429 says nothing about it.
      expect(await attempt(attacker, target.email, target.password, strangerAt)).toBe(429);
      expect(await attempt(victim, target.email, WRONG, strangerAt)).toBe(429);
      // The colleague, at their own address and never signed in from it before, gets in.
      expect(await attempt(victim, target.email, target.password, '198.51.100.5')).toBe(200);
      // Someone else behind the stranger's address, with their own account, gets in too.
      expect(await attempt(victim, neighbour.email, neighbour.password, strangerAt)).toBe(200);
    });

    it("one person's typos lock out only that person, and only at that address", async () => {
      const clumsy = await createUser(victim, 'kompastelija@example.fi');
      const officeMate = await createUser(victim, 'tyokaveri@example.fi');
      const office = '192.0.2.80';
      const typos = await attempts(PER_PAIR + 1, () => attempt(attacker, clumsy.email, WRONG, office));
      expect(typos).toEqual([...times(PER_PAIR, 401), 429]);
      expect(await attempt(victim, officeMate.email, officeMate.password, office)).toBe(200);
      expect(await attempt(victim, clumsy.email, clumsy.password, '192.0.2.81')).toBe(200);
    });

    it('stops an address that tries many accounts; colleagues who signed in from it before still get in', async () => {
      const regular = await createUser(victim, 'vakituinen@example.fi');
      const newcomer = await createUser(victim, 'uusi@example.fi');
      const sprayer = '203.0.113.99';
      expect(await attempt(victim, regular.email, regular.password, sprayer)).toBe(200);
      const guesses = await attempts(PER_ADDRESS + 1, (i) => attempt(attacker, `ruiskuttaja${i}@example.fi`, WRONG, sprayer));
      expect(guesses).toEqual([...times(PER_ADDRESS, 401), 429]);
      expect(await attempt(attacker, newcomer.email, newcomer.password, sprayer)).toBe(429);
      expect(await attempt(victim, regular.email, regular.password, sprayer)).toBe(200);
      // The same accounts from elsewhere are not held up.
      expect(await attempt(victim, 'ruiskuttaja0@example.fi', WRONG, '198.51.100.99')).toBe(401);
    });

    it('a guesser spread over many addresses: the account is then admitted only from addresses it signed in from before', async () => {
      const target = await createUser(victim, 'kohde2@example.fi');
      const home = '198.51.100.44';
      expect(await attempt(victim, target.email, target.password, home)).toBe(200);
      const spread = PER_ACCOUNT / PER_PAIR;
      for (let i = 0; i < spread; i++) {
        expect(await attempts(PER_PAIR, () => attempt(attacker, target.email, WRONG, `203.0.113.${120 + i}`))).toEqual(times(PER_PAIR, 401));
      }
      expect(await attempt(attacker, target.email, WRONG, '203.0.113.200')).toBe(429);
      expect(await attempt(attacker, target.email, target.password, '203.0.113.201')).toBe(429);
      expect(await attempt(victim, target.email, target.password, home)).toBe(200);
    });

    it('holds to the limits when the guesses come all at once', async () => {
      const target = await createUser(victim, 'rinnakkain@example.fi');
      const burst = await Promise.all(Array.from({ length: 3 * PER_PAIR }, () => attempt(attacker, target.email, WRONG, '203.0.113.230')));
      expect(burst.filter((status) => status === 401)).toHaveLength(PER_PAIR);
      expect(burst.filter((status) => status === 429)).toHaveLength(2 * PER_PAIR);
      const spray = await Promise.all(Array.from({ length: PER_ADDRESS + 20 }, (_, i) => attempt(attacker, `ryoppy${i}@example.fi`, WRONG, '203.0.113.231')));
      expect(spray.filter((status) => status === 401)).toHaveLength(PER_ADDRESS);
    });

    it('counts an IPv6 client by its /64: rotating addresses inside it gains nothing', async () => {
      const guesses = await attempts(PER_ADDRESS + 1, (i) => attempt(attacker, `kuusi${i}@example.fi`, WRONG, `2001:db8:6:6::${(i + 1).toString(16)}`));
      expect(guesses).toEqual([...times(PER_ADDRESS, 401), 429]);
      expect(await attempt(attacker, 'kuusi0@example.fi', WRONG, '2001:db8:6:7::1')).toBe(401);
    });
  });
}

throttlingBehindProxy('login throttling behind a trusted proxy (TRUST_PROXY), one process', async () => {
  const server = await ServerProcess.start({ SEED_DEMO: '0', TRUST_PROXY: 'loopback' });
  return { attacker: server, victim: server, stop: () => server.destroy() };
});

// The counts live in Redis: a guesser gains nothing from spreading attempts over processes, and no process locks anyone out on its own.
describe.skipIf(skipScaleout)('on two processes sharing PostgreSQL and Redis', () => {
  throttlingBehindProxy('login throttling behind a trusted proxy, the guesser on one process and the others on the other', async () => {
    const cluster = await ScaleoutCluster.start({ SEED_DEMO: '0', TRUST_PROXY: 'loopback' });
    try {
      const [attacker, victim] = await Promise.all([cluster.instance(), cluster.instance()]);
      return { attacker, victim, stop: () => cluster.stop() };
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  });
});

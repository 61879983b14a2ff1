import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, findPlan } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPLOY_DOC = readFileSync(join(ROOT, 'docs/deploy.md'), 'utf8');

/** The code blocks of docs/deploy.md whose text matches `pattern`. */
function docBlock(pattern: RegExp): string {
  const block = [...DEPLOY_DOC.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => pattern.test(text));
  if (!block) throw new Error(`docs/deploy.md has no code block matching ${pattern}`);
  return block;
}

function unitSetting(unit: string, key: string): string {
  const line = unit.split('\n').find((l) => l.startsWith(`${key}=`));
  if (!line) throw new Error(`the unit in docs/deploy.md has no ${key}=`);
  return line.slice(key.length + 1).trim();
}

/**
 * What docs/deploy.md tells an operator to run, read from the page itself:
 * the build step of its deployment commands, and the systemd unit's
 * ExecStart with the unit's WorkingDirectory being this checkout.
 */
const deploySteps = docBlock(/npm run build/);
const unit = docBlock(/^\[Service\]/m);
const workingDirectory = unitSetting(unit, 'WorkingDirectory');
const execStart = unitSetting(unit, 'ExecStart')
  .split(/\s+/)
  .map((word) => (word.startsWith(`${workingDirectory}/`) ? join(ROOT, word.slice(workingDirectory.length + 1)) : word));

describe('the compiled server, run as docs/deploy.md says', () => {
  let server: ServerProcess;
  let buildFolder: string;

  beforeAll(async () => {
    expect(deploySteps).toMatch(/^npm ci$/m);
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(build.status, build.stderr).toBe(0);
    buildFolder = realpathSync(join(ROOT, 'dist/server'));
    // No TypeScript loader anywhere: not in the command, not inherited from this test's environment.
    expect(execStart.join(' ')).not.toMatch(/tsx|\.ts\b/);
    server = await ServerProcess.start({ LOG_LEVEL: 'trace', NODE_OPTIONS: '' }, execStart);
  });
  afterAll(async () => {
    await server?.destroy();
  });

  it('runs Node 22 from the node package on the compiled build folder, recorded as in use there', () => {
    expect(execStart[0]).toBe(join(ROOT, 'node_modules/.bin/node'));
    expect(existsSync(join(buildFolder, 'main.js'))).toBe(true);
    expect(existsSync(join(buildFolder, `pids/${server.pid}`))).toBe(true);
  });

  it('answers health and readiness, signs in, imports a table file and exports, on its compiled worker threads', async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${server.url}/api/ready`)).json()).toEqual({ status: 'ready' });
    const api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const csv = 'Painopiste;Tavoite;Toimenpide;Tila\r\nOsallisuus;Nuoret mukaan;Nuorisovaltuuston kuuleminen;vihreä\r\n';
    const imported = await fetch(`${server.url}/api/plans/import?title=Tuotu`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${api.token}`, 'Content-Type': 'text/csv' },
      body: csv,
    });
    expect(imported.status).toBe(201);
    const plan = await findPlan(api, 'Porvoon kaupungin hyvinvointisuunnitelma');
    for (const [format, type, magic] of [
      ['pdf', 'application/pdf', '%PDF'],
      ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'PK'],
    ] as const) {
      const response = await fetch(`${server.url}/api/plans/${plan.id}/export?format=${format}`, { headers: { Authorization: `Bearer ${api.token}` } });
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, magic.length).toString()).toBe(magic);
    }
  });

  it('logs JSON lines only, and no password, token or cookie even at LOG_LEVEL=trace', async () => {
    const login = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const wrongPassword = 'vaarin-arvattu-salasana-42';
    await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: wrongPassword }),
    });
    await fetch(`${server.url}/api/plans`, { headers: { Cookie: cookie } });
    await fetch(`${server.url}/api/plans?token=${token}`, { headers: { Authorization: `Bearer ${token}` } });
    await fetch(`${server.url}/api/no-such-route`, { headers: { Authorization: `Bearer ${token}`, Cookie: cookie } });
    await new Promise((r) => setTimeout(r, 300));

    const lines = server.output.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      expect(entry, line).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });
    }
    expect(server.output).toMatch(/"url":"\/api\/session"/);
    for (const secret of [ADMIN_PASSWORD, wrongPassword, token, cookie.split('=')[1]!]) {
      expect(server.output).not.toContain(secret);
    }
  });

  it('stops cleanly on SIGTERM and gives its build folder free', async () => {
    const pid = server.pid;
    expect(await server.kill('SIGTERM')).toBe(0);
    expect(server.output).toMatch(/"msg":"stopped cleanly"/);
    expect(existsSync(join(buildFolder, `pids/${pid}`))).toBe(false);
  });

  it('honours LOG_LEVEL: at warn, a start and a request log only the warning', async () => {
    const quiet = await ServerProcess.start({ LOG_LEVEL: 'warn', NODE_OPTIONS: '' }, execStart);
    try {
      await fetch(`${quiet.url}/api/plans`);
      // The line is written just after the response.
      for (let waited = 0; !quiet.output.includes('"statusCode":401') && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      expect(quiet.output).toMatch(/"level":"warn".*"statusCode":401/);
      expect(quiet.output).not.toMatch(/"level":"info"/);
    } finally {
      await quiet.destroy();
    }
  });
});

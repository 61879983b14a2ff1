import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, findPlan } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const ROOT = resolve(import.meta.dirname, '../..');

/** `node scripts/build.mjs server` in `project`; resolves with its exit code and stderr. */
function buildServer(project: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', 'server'], { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

/**
 * Several processes sharing one checkout's dist/ (scripts/build/folders.mjs),
 * on a copy of this checkout so that its sources can be changed: a running
 * server's build survives every later build until it stops, builders racing
 * on the same sources both succeed, and old builds nothing runs are removed.
 */
describe('server builds shared by several processes', () => {
  let project: string;
  let distDir: string;
  let running: ServerProcess;
  let runningBuild: string;
  let edits = 0;

  const builds = () => readdirSync(distDir).filter((name) => /^server-[0-9a-f]{12}$/.test(name));
  const current = () => basename(realpathSync(join(distDir, 'server')));
  const changeSources = () => appendFileSync(join(project, 'server/main.ts'), `\n// edit ${++edits}\n`);
  const startCompiled = () => ServerProcess.start({ NODE_OPTIONS: '' }, [process.execPath, '--enable-source-maps', join(distDir, 'server/main.js')]);

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'hyte-build-'));
    for (const part of ['server', 'shared', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      cpSync(join(ROOT, part), join(project, part), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    distDir = join(project, 'dist');
    const first = await buildServer(project);
    expect(first.code, first.stderr).toBe(0);
    running = await startCompiled();
    runningBuild = current();
  });
  afterAll(async () => {
    await running?.destroy();
    rmSync(project, { recursive: true, force: true });
  });

  it('builds nothing when the sources are unchanged', async () => {
    const again = await buildServer(project);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(builds()).toEqual([runningBuild]);
  });

  it('lets two builders of the same new sources race: both succeed, one build, the link on it', async () => {
    changeSources();
    const [a, b] = await Promise.all([buildServer(project), buildServer(project)]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(builds()).toHaveLength(2);
    expect(current()).not.toBe(runningBuild);
    expect(readdirSync(distDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps the build of a running server through later builds, and it keeps exporting', async () => {
    for (let i = 0; i < 4; i++) {
      changeSources();
      expect((await buildServer(project)).code).toBe(0);
    }
    // The three newest, and the running server's, whatever its age.
    expect(builds()).toHaveLength(4);
    expect(builds()).toContain(runningBuild);
    const api = await ApiClient.login(running.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const plan = await findPlan(api, 'Porvoon kaupungin hyvinvointisuunnitelma');
    const exported = await fetch(`${running.url}/api/plans/${plan.id}/export?format=pdf`, { headers: { Authorization: `Bearer ${api.token}` } });
    expect(exported.status).toBe(200);

    // A server started now runs the newest build.
    const newer = await startCompiled();
    try {
      expect(existsSync(join(distDir, current(), `pids/${newer.pid}`))).toBe(true);
    } finally {
      await newer.destroy();
    }
  });

  it('removes the build once its server has stopped (a killed one included)', async () => {
    expect(await running.kill('SIGKILL')).toBe(null);
    // A killed process leaves its pid file behind; the pid is no longer alive.
    expect(readdirSync(join(distDir, runningBuild, 'pids'))).toHaveLength(1);
    changeSources();
    expect((await buildServer(project)).code).toBe(0);
    expect(builds()).not.toContain(runningBuild);
    expect(builds()).toHaveLength(3);
  });
});

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';
import { xlsxWithRows, type SheetFile } from '../support/xlsxFile';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PASSWORD = 'tuontisalasana-123';
const MB = 1024 * 1024;

/** How much the server may grow while refusing a bomb (the bomb itself unpacks to 375 MB). */
const RSS_GROWTH_LIMIT_MB = 300;
/** The server answers its health check this fast while a bomb is being refused. */
const HEALTH_LIMIT_MS = 1000;
/** A refusal comes this fast (a parse thread's start under the TypeScript loader included). */
const ANSWER_LIMIT_MS = 10_000;

describe('uploads are read with bounded memory and time', () => {
  let server: ServerProcess;
  let viewer: ApiClient;
  let chair: ApiClient;
  let groupId: string;
  /** 3 million rows, 375 MB of sheet XML, in 1.3 MB of XLSX: the issue's bomb. */
  let bomb: SheetFile;
  /** 50 MB of XML in a zip whose headers say the sheet is 1 MB. */
  let lyingBomb: SheetFile;

  beforeAll(async () => {
    const header = ['Painopiste', 'Tavoite', 'Toimenpide'];
    bomb = xlsxWithRows(3_000_000, (n) => (n === 1 ? header : ['P', 'T', 'M']), { references: false });
    lyingBomb = xlsxWithRows(400_000, (n) => (n === 1 ? header : ['P', 'T', 'M']), { references: false, declaredSheetSize: MB });

    server = await ServerProcess.start({ SEED_DEMO: '0' });
    const admin = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    groupId = (await admin.post('/api/groups', { name: 'Hyte-ohjausryhmä' })).body.id;
    for (const role of ['viewer', 'chair'] as const) {
      const user = await admin.post('/api/users', { email: `${role}@kunta.fi`, name: role, password: PASSWORD });
      expect((await admin.request('PUT', `/api/groups/${groupId}/members/${user.body.id}`, { role })).status).toBe(200);
    }
    viewer = await ApiClient.login(server.url, 'viewer@kunta.fi', PASSWORD);
    chair = await ApiClient.login(server.url, 'chair@kunta.fi', PASSWORD);
  }, 120_000);
  afterAll(async () => server?.destroy());

  const rssMb = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;

  const upload = (client: ApiClient, body: Uint8Array | string, type: string, options: { groupId?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${server.url}/api/plans/import?title=Pommi${options.groupId ? `&groupId=${options.groupId}` : ''}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${client.token}`, 'Content-Type': type, ...options.headers },
      body: body as Uint8Array<ArrayBuffer>,
    });

  /** Runs the uploads while watching the server's memory and how fast it answers its health check. */
  async function whileWatching(uploads: () => Promise<Response>[]) {
    const baseline = rssMb();
    let peak = baseline;
    let slowestHealth = 0;
    let watching = true;
    const memory = (async () => {
      while (watching) {
        peak = Math.max(peak, rssMb());
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const health = (async () => {
      while (watching) {
        const started = Date.now();
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        slowestHealth = Math.max(slowestHealth, Date.now() - started);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const started = Date.now();
    const responses = await Promise.all(uploads());
    const elapsedMs = Date.now() - started;
    const answers = await Promise.all(responses.map(async (r) => ({ status: r.status, error: (await r.json()).error as string, retryAfter: r.headers.get('retry-after') })));
    watching = false;
    await Promise.all([memory, health]);
    return { answers, elapsedMs, growthMb: peak - baseline, slowestHealth };
  }

  it('refuses the 375 MB XLSX bomb from a viewer\'s private draft with a 413, staying small and responsive', async () => {
    expect(bomb.bytes.length).toBeLessThan(1.5 * MB);
    expect(bomb.sheetXmlBytes).toBeGreaterThan(350 * MB);
    const { answers, elapsedMs, growthMb, slowestHealth } = await whileWatching(() => [upload(viewer, bomb.bytes, XLSX_TYPE)]);
    expect(answers).toEqual([{ status: 413, error: expect.stringMatching(/unpacks to more than \d+ MB/), retryAfter: null }]);
    expect(elapsedMs).toBeLessThan(ANSWER_LIMIT_MS);
    expect(growthMb).toBeLessThan(RSS_GROWTH_LIMIT_MB);
    expect(slowestHealth).toBeLessThan(HEALTH_LIMIT_MS);
  });

  it('refuses three bombs at once, from an editor into the group too, and keeps running', async () => {
    const { answers, growthMb, slowestHealth } = await whileWatching(() => [
      upload(viewer, bomb.bytes, XLSX_TYPE),
      upload(chair, bomb.bytes, XLSX_TYPE, { groupId }),
      upload(chair, lyingBomb.bytes, XLSX_TYPE),
    ]);
    expect(answers.map((a) => a.status)).toEqual([413, 413, 413]);
    // The lying zip passes the directory's check and is stopped by counting what it really inflates to.
    expect(answers[2]?.error).toMatch(/unpacks to more than its declared size/);
    expect(growthMb).toBeLessThan(RSS_GROWTH_LIMIT_MB);
    expect(slowestHealth).toBeLessThan(HEALTH_LIMIT_MS);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await chair.get('/api/plans')).body).toEqual([]);
  });

  it('stops reading a sheet at the row, column and cell-length limits', async () => {
    const many = xlsxWithRows(30_000, (n) => (n === 1 ? ['Painopiste', 'Tavoite', 'Toimenpide'] : ['P', `T ${n}`, `Toimenpide numero ${n}`]));
    expect(many.bytes.length).toBeLessThan(5 * MB);
    const rows = await upload(viewer, many.bytes, XLSX_TYPE);
    expect(rows.status).toBe(400);
    expect((await rows.json()).error).toBe('The file has more than 20000 rows');

    const wide = xlsxWithRows(2, (n) => (n === 1 ? ['Painopiste', 'Tavoite', 'Toimenpide'] : [...Array(150).fill('x')]));
    const columns = await upload(viewer, wide.bytes, XLSX_TYPE);
    expect(columns.status).toBe(400);
    expect((await columns.json()).error).toBe('Cell CW2: the sheet uses more than 100 columns');

    const long = xlsxWithRows(2, (n) => (n === 1 ? ['Painopiste', 'Tavoite', 'Toimenpide'] : ['P', 'T', 'x'.repeat(40_000)]));
    const cell = await upload(viewer, long.bytes, XLSX_TYPE);
    expect(cell.status).toBe(400);
    expect((await cell.json()).error).toBe('Cell C2: more than 32767 characters');
  });

  it('refuses CSV bombs: too large, a million separators on one line, a compressed body', async () => {
    const row = 'Osallisuus;Nuoret mukaan;Nuorisovaltuuston kuuleminen;nuorisopalvelut\r\n';
    // Built before the watching starts: compressing 50 MB would stall this test's own clock.
    const huge = Buffer.from(`Painopiste;Tavoite;Toimenpide;Vastuutaho\r\n${row.repeat(Math.ceil((50 * MB) / row.length))}`);
    const separators = Buffer.from(`Painopiste;Tavoite;Toimenpide\r\nP;T;M${';'.repeat(4 * MB)}\r\n`);
    const gzipped = gzipSync(huge);
    const { answers, elapsedMs, growthMb, slowestHealth } = await whileWatching(() => [
      upload(viewer, huge, 'text/csv'),
      upload(viewer, separators, 'text/csv'),
      upload(chair, gzipped, 'text/csv', { groupId, headers: { 'Content-Encoding': 'gzip' } }),
    ]);
    expect(answers).toEqual([
      { status: 413, error: 'The file is larger than 10 MB', retryAfter: null },
      { status: 400, error: 'Row 2: more than 100 columns', retryAfter: null },
      { status: 415, error: 'Send the file without Content-Encoding', retryAfter: null },
    ]);
    expect(elapsedMs).toBeLessThan(ANSWER_LIMIT_MS);
    expect(growthMb).toBeLessThan(RSS_GROWTH_LIMIT_MB);
    expect(slowestHealth).toBeLessThan(HEALTH_LIMIT_MS);
  });

  it('answers 503 with Retry-After to uploads beyond the parses running and waiting', async () => {
    const csv = `Painopiste;Tavoite;Toimenpide\r\n${'P;T;M\r\n'.repeat(500)}`;
    const { answers } = await whileWatching(() => Array.from({ length: 12 }, () => upload(viewer, csv, 'text/csv')));
    const busy = answers.filter((a) => a.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0]).toEqual({ status: 503, error: 'Too many files are being imported; try again in a moment', retryAfter: '5' });
    expect(answers.filter((a) => a.status === 201).length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 201 || a.status === 503)).toBe(true);
  });
});

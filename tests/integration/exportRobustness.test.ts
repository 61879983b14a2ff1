import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import { setMeasureField } from '../../shared/plan';
import { ApiClient } from '../support/api';
import { connectClient, waitForAcknowledged, type TestClient } from '../support/collabClient';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

/** A lone high surrogate: not encodable as UTF-8, so it stays only in the server's memory while the plan is open. */
const LONE = '\uD800';
/** Characters XML 1.0 forbids: a DOCX or XLSX that holds one does not open. */
const CONTROLS = '\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF';
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const FORMATS = ['docx', 'pdf', 'html', 'xlsx', 'csv', 'md'] as const;

/** Each text as written, and as every export must print it: the lone surrogate as U+FFFD, the controls gone. */
const TITLE = { written: `Porvoo${LONE} hyvin${CONTROLS}vointisuunnitelma`, printed: 'Porvoo\uFFFD hyvinvointisuunnitelma' };
// Written over the provider: Yjs already encodes the lone surrogate as U+FFFD on the way.
const MEASURE = { written: `Nuorisovaltuuston ${CONTROLS}kuuleminen${LONE}`, printed: 'Nuorisovaltuuston kuuleminen\uFFFD' };
const RESPONSIBLE = { written: `nuoriso${CONTROLS}palvelut`, printed: 'nuorisopalvelut' };
const VERSION_LABEL = { written: `Valtuustolle${LONE} ${CONTROLS}12.6.2026`, printed: 'Valtuustolle\uFFFD 12.6.2026' };
const COMMENT = { written: `Kuka vastaa${LONE}${CONTROLS}?`, printed: 'Kuka vastaa\uFFFD?' };

function expectClean(text: string): void {
  expect(text).not.toMatch(FORBIDDEN_IN_XML);
  expect(text).not.toMatch(LONE_SURROGATE);
}

describe('exports of a plan whose text holds lone surrogates and control characters', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let planId: string;
  let editor: TestClient;
  let versionId: string;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const table = {
      focusAreas: [{ title: 'Osallisuus', goals: [{ title: 'Nuorten ääni', measures: [{ title: 'Alku', status: 'started' }] }] }],
    };
    planId = (await api.post('/api/plans', { title: 'Alkuperäinen nimi', measures: table })).body.id;

    // The plan is open: what the server writes stays in its memory as given, lone surrogate included.
    editor = await connectClient(server.collabUrl, planDocumentName(planId), api.token!);
    expect((await api.request('PATCH', `/api/plans/${planId}`, { title: TITLE.written })).status).toBe(200);
    const measureId = (await api.get(`/api/plans/${planId}/data`)).body.focusAreas[0].goals[0].measures[0].id;
    // Over the provider: Yjs carries the control characters as they are.
    setMeasureField(editor.doc, measureId, 'title', MEASURE.written);
    setMeasureField(editor.doc, measureId, 'responsible', RESPONSIBLE.written);
    const paragraph = editor.doc.getXmlFragment('body').get(1) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, `Teksti${CONTROLS} `);
    await waitForAcknowledged(editor);
    const comment = await api.post(`/api/plans/${planId}/comments`, { measureId, text: COMMENT.written });
    expect(comment.status).toBe(201);
    const version = await api.post(`/api/plans/${planId}/versions`, { label: VERSION_LABEL.written });
    expect(version.status).toBe(201);
    versionId = version.body.id;
  });
  afterAll(async () => {
    editor?.destroy();
    await server?.destroy();
  });

  const download = async (query: string) => {
    const response = await fetch(`${server.url}/api/plans/${planId}/export?${query}`, { headers: { Authorization: `Bearer ${api.token}` } });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  /** The file's text as its real reader gets it. */
  async function readBack(format: (typeof FORMATS)[number], bytes: Buffer): Promise<string> {
    switch (format) {
      case 'docx':
        return (await mammoth.extractRawText({ buffer: bytes })).value;
      case 'pdf': {
        const file = join(mkdtempSync(join(tmpdir(), 'hyte-pdf-')), 'plan.pdf');
        writeFileSync(file, bytes);
        return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      }
      case 'xlsx': {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
        const cells: string[] = [];
        workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ''))));
        return cells.join('\n');
      }
      case 'csv':
        return (parseCsv(bytes.toString('utf8'), { bom: true, delimiter: ';' }) as string[][]).flat().join('\n');
      case 'html':
      case 'md':
        // Fatal: a byte sequence that is not UTF-8 (an encoded lone surrogate) throws.
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  }

  it('answers 200 in every format while the plan is open, each file readable with its words intact', async () => {
    const files = [];
    for (const format of FORMATS) files.push({ format, ...(await download(`format=${format}`)) });
    expect(files.map(({ format, response }) => `${format} ${response.status}`)).toEqual(FORMATS.map((format) => `${format} 200`));
    for (const { format, response, bytes } of files) {
      const text = await readBack(format, bytes);
      expectClean(text);
      // Spreadsheets hold the table only; the other formats print the title too.
      if (format !== 'xlsx' && format !== 'csv') expect(text, format).toContain(TITLE.printed);
      expect(text, format).toContain(MEASURE.printed);
      expect(text, format).toContain(RESPONSIBLE.printed);
      const fileName = decodeURIComponent(response.headers.get('content-disposition')!.split("UTF-8''")[1]!);
      expect(fileName).toMatch(new RegExp(`^${TITLE.printed} \\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    }
  });

  it('prints a version label and comments with such characters', async () => {
    const version = await download(`format=docx&version=${versionId}`);
    expect(version.response.status).toBe(200);
    const versionText = await readBack('docx', version.bytes);
    expectClean(versionText);
    expect(versionText).toContain(VERSION_LABEL.printed);

    const commented = await download('format=docx&comments=1');
    expect(commented.response.status).toBe(200);
    const comments = await (await JSZip.loadAsync(commented.bytes)).file('word/comments.xml')!.async('string');
    expectClean(comments);
    expect(comments).toContain(COMMENT.printed);
    expect(await readBack('docx', commented.bytes)).toContain(MEASURE.printed);
  });

  it('audits exactly the exports that were delivered', async () => {
    const audit = (await api.get(`/api/plans/${planId}/audit?entity=export`)).body as Array<{ field: string }>;
    // Newest first: the two of the test above, then the six formats; before the fix the failed ones were all here too.
    expect(audit.map((entry) => entry.field)).toEqual(['docx', 'docx', ...[...FORMATS].reverse()]);
  });
});

/** Long enough for a thread to start and render a small plan on a busy machine, far shorter than the big plan's PDF. */
const TIMEOUT_MS = 4000;

/** 10 000 measures: its PDF takes about 10 s here (4000 took 4 s), a render that genuinely runs past the time limit; within the 2 MB a request may carry. */
function bigTable() {
  const measures = (f: number, g: number) =>
    Array.from({ length: 100 }, (_, m) => ({
      title: `Toimenpide ${f}.${g}.${m}: nuorten osallisuuden vahvistaminen koko kunnassa`,
      responsible: 'sivistystoimi ja nuorisopalvelut',
      indicator: 'kouluterveyskyselyn osuus',
      status: 'started',
    }));
  return {
    focusAreas: Array.from({ length: 10 }, (_, f) => ({
      title: `Painopiste ${f + 1}`,
      goals: Array.from({ length: 10 }, (_, g) => ({ title: `Tavoite ${f + 1}.${g + 1}`, measures: measures(f, g) })),
    })),
  };
}

describe('the export pool: time limit, a bounded queue, threads that outlive a stopped render', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let smallId: string;
  let bigId: string;

  beforeAll(async () => {
    // Two threads, no waiting room: a third export at once is refused.
    server = await ServerProcess.start({ SEED_DEMO: '0', EXPORT_THREADS: '2', EXPORT_QUEUE_SIZE: '0', EXPORT_TIMEOUT_MS: String(TIMEOUT_MS) });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    const small = { focusAreas: [{ title: 'Osallisuus', goals: [{ title: 'Nuorten ääni', measures: [{ title: 'Kuuleminen' }] }] }] };
    smallId = (await api.post('/api/plans', { title: 'Pieni suunnitelma', measures: small })).body.id;
    const big = await api.post('/api/plans', { title: 'Suuri suunnitelma', measures: bigTable() });
    expect(big.status).toBe(201);
    bigId = big.body.id;
  });
  afterAll(async () => server?.destroy());

  const timedDownload = async (planId: string, format: string) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/plans/${planId}/export?format=${format}`, { headers: { Authorization: `Bearer ${api.token}` } });
    const body = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
  };
  const errorOf = (answer: { body: Buffer }) => (JSON.parse(answer.body.toString('utf8')) as { error: string }).error;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('stops a render past its time with 504 while an export beside it succeeds, and serves every format after', async () => {
    // Both threads started first: what follows times renders, not thread starts.
    const warm = await Promise.all([timedDownload(smallId, 'docx'), timedDownload(smallId, 'pdf')]);
    expect(warm.map((answer) => answer.status)).toEqual([200, 200]);

    const finished: string[] = [];
    const slow = timedDownload(bigId, 'pdf').finally(() => finished.push('big'));
    await pause(500);
    const beside = await timedDownload(smallId, 'docx').finally(() => finished.push('small'));
    expect(beside.status).toBe(200);

    const stopped = await slow;
    expect(stopped.status).toBe(504);
    expect(errorOf(stopped)).toMatch(/longer than 4 s/);
    // The clock runs from the start of the render: never sooner than the limit.
    expect(stopped.ms).toBeGreaterThanOrEqual(TIMEOUT_MS);
    // The small plan did not wait for the big one's thread.
    expect(finished).toEqual(['small', 'big']);

    for (const format of FORMATS) expect((await timedDownload(smallId, format)).status, format).toBe(200);
    // Nothing was exported of the big plan, so nothing is audited.
    expect((await api.get(`/api/plans/${bigId}/audit?entity=export`)).body).toEqual([]);
  });

  it('refuses an export beyond the threads and the queue at once with 503 and Retry-After', async () => {
    // Three renders that each hold a thread for the whole time limit, two threads, no queue.
    const answers = await Promise.all([1, 2, 3].map(() => timedDownload(bigId, 'pdf')));
    expect(answers.map((answer) => answer.status).sort()).toEqual([503, 504, 504]);
    const refused = answers.find((answer) => answer.status === 503)!;
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(errorOf(refused)).toMatch(/try again/);
    // Refused at once, while the other two were still rendering.
    expect(refused.ms).toBeLessThan(Math.min(...answers.filter((answer) => answer.status === 504).map((answer) => answer.ms)));
    expect((await timedDownload(smallId, 'md')).status).toBe(200);
  });
});

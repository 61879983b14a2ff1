import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ServerProcess } from '../support/serverProcess';

const HOSTILE = '<script>alert(1)</script>';
const TABLE = {
  focusAreas: [
    {
      title: 'Osallisuus – delaktighet',
      goals: [
        {
          title: 'Nuorten ääni kuuluu',
          measures: [
            { title: 'Nuorisovaltuuston kuuleminen', responsible: 'nuorisopalvelut', status: 'done' },
            { title: `Åbo-yhteistyö ${HOSTILE}`, responsible: '=HYPERLINK("http://evil")', status: 'started' },
          ],
        },
      ],
    },
    {
      title: 'Hyvinvointia tukeva ympäristö',
      goals: [{ title: 'Esteettömyys', measures: [{ title: 'Esteettömyyskävelyt', responsible: 'työryhmä', status: 'not-started' }] }],
    },
  ],
};
const MEASURES = ['Nuorisovaltuuston kuuleminen', `Åbo-yhteistyö ${HOSTILE}`, 'Esteettömyyskävelyt'];
const STATUS_WORDS = ['Viety suunnitellusti loppuun', 'Suunnitteluasteella tai aloitettu', 'Ei toteutunut tai ei aloitettu'];

function inOrder(text: string, parts: string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe('exports read back with real readers', () => {
  let server: ServerProcess;
  let api: ApiClient;
  let planId: string;

  beforeAll(async () => {
    server = await ServerProcess.start({ SEED_DEMO: '0' });
    api = await ApiClient.login(server.url, ADMIN_EMAIL, ADMIN_PASSWORD);
    planId = (await api.post('/api/plans', { title: 'Borgå – Porvoon hyvinvointisuunnitelma', measures: TABLE })).body.id;
  });
  afterAll(async () => server?.destroy());

  const download = async (query: string) => {
    const response = await fetch(`${server.url}/api/plans/${planId}/export?${query}`, { headers: { Authorization: `Bearer ${api.token}` } });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  it('DOCX: every focus area, goal and measure in order, with status words and a Finnish file name', async () => {
    const { response, bytes } = await download('format=docx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const disposition = response.headers.get('content-disposition')!;
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toMatch(/^Borgå – Porvoon hyvinvointisuunnitelma \d{4}-\d{2}-\d{2}\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    const [first, second, third] = MEASURES;
    const order = ['Osallisuus – delaktighet', 'Nuorten ääni kuuluu', first!, second!, 'Hyvinvointia tukeva ympäristö', 'Esteettömyys', third!];
    expect(inOrder(text, order)).toBe(true);
    for (const word of STATUS_WORDS) expect(text.toLowerCase()).toContain(word.toLowerCase());
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('PDF: the same content, letters intact, read back with pdftotext', async () => {
    const { response, bytes } = await download('format=pdf');
    expect(response.status).toBe(200);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'hyte-pdf-')), 'plan.pdf');
    writeFileSync(file, bytes);
    // Table cells wrap inside their column: compare with whitespace folded.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const part of ['Borgå', 'Osallisuus – delaktighet', 'Nuorten ääni kuuluu', 'Esteettömyyskävelyt', 'Åbo-yhteistyö', HOSTILE]) {
      expect(text).toContain(part);
    }
  });

  it('XLSX and CSV: one row per measure with focus area, goal and status in words; formulas defused', async () => {
    const xlsx = await download('format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows: string[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[2])).toEqual(MEASURES);
    expect(rows[2]).toEqual(expect.arrayContaining(['Osallisuus – delaktighet', 'Nuorten ääni kuuluu', STATUS_WORDS[1]]));
    // XLSX keeps such text as a string cell, never a formula; CSV needs the apostrophe guard.
    sheet.getRow(3).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));

    const csv = await download('format=csv');
    expect(csv.response.headers.get('content-type')).toContain('text/csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records = parseCsv(csv.bytes.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    expect(records.slice(1).map((r) => r[2])).toEqual(MEASURES);
    expect(records[2]!.find((cell) => cell.includes('HYPERLINK'))!.startsWith("'")).toBe(true);
  });

  it('HTML and Markdown: accessible, escaped, complete', async () => {
    const { response, bytes } = await download('format=html');
    const html = bytes.toString('utf8');
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toMatch(/<html lang="fi">/);
    expect(html).toContain('scope="col"');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const md = (await download('format=md')).bytes.toString('utf8');
    expect(inOrder(md, ['Osallisuus – delaktighet', 'Nuorisovaltuuston kuuleminen', 'Esteettömyyskävelyt'])).toBe(true);
  });

  it('exports a version as it was, refuses bad requests and records who exported what', async () => {
    const version = await api.post(`/api/plans/${planId}/versions`, { label: 'Valtuustolle 12.6.2026' });
    await api.request('PATCH', `/api/plans/${planId}`, { title: 'Uusi nimi' });
    const { response, bytes } = await download(`format=docx&version=${version.body.id}`);
    expect(response.status).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain('Valtuustolle 12.6.2026');
    expect(text).toContain('Borgå – Porvoon hyvinvointisuunnitelma');

    expect((await download('format=exe')).response.status).toBe(400);
    expect((await download('')).response.status).toBe(400);
    expect((await download('format=pdf&version=00000000-0000-4000-8000-000000000000')).response.status).toBe(404);

    const audit = (await api.get(`/api/plans/${planId}/audit?entity=export`)).body;
    expect(audit[0]).toMatchObject({ entity: 'export', field: 'docx', to: 'Valtuustolle 12.6.2026', user: { name: 'Pääkäyttäjä' } });
    expect(audit.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['pdf', 'xlsx', 'csv', 'html', 'md']));
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { porvooInput } from '../../../tests/support/exportTestData';
import { indicatorViews } from '../../../tests/support/indicatorExportData';
import { renderPdf } from './pdf';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'pdf-indicators-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdftotext' | 'pdfinfo', bytes: Buffer, ...args: string[]): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The Alt entries of the file's Figure elements, decoded (PDFKit writes them as UTF-16 literal strings). */
function figureAlts(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  return [...raw.matchAll(/\/S \/Figure\n\/Alt \(((?:\\.|[^\\)])*)\)/g)].map((match) => {
    const unescaped = match[1]!.replace(/\\([nrtbf()\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c);
    const utf16 = Buffer.from(unescaped.slice(2), 'latin1');
    return utf16.swap16().toString('utf16le');
  });
}

/** The structure tree's element types in reading order, from the section's heading on. */
function sectionElements(tree: string): string[] {
  const lines = tree.split('\n');
  const start = lines.findIndex((line) => line.includes('"Mittarit"'));
  return lines
    .slice(start + 1)
    .filter((line) => /^  \S/.test(line))
    .map((line) => line.trim().split(' ')[0]!.replace(/:$/, ''));
}

describe('PDF export: the indicators section', () => {
  const pdf = renderPdf(porvooInput({ indicators: indicatorViews({ hostile: true }) }));

  it.skipIf(!hasPoppler)('prints the summary in words, the source line with the cache date, the stale notice, and why a chart is missing', async () => {
    const text = poppler('pdftotext', await pdf);
    const section = text.slice(text.indexOf('Mittarit\n'));
    expect(text.indexOf('Mittarit\n')).toBeGreaterThan(text.indexOf('Tilan selitteet'));
    for (const expected of [
      'Tiedot eivät ole ajan tasalla (haettu 20.11.2026).',
      'Muutos lähtötasosta',
      '5,7 (2023)',
      'Tavoite saavutettu',
      'Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 20.11.2026',
      'Lähde: kunnan oma tieto',
      'Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.',
      'Mittari <script>alert(1)</script> & "lainaus"',
    ]) {
      expect(section).toContain(expected);
    }
    // The chart is vectors with real text: its labels read back.
    expect(section).toContain('Tavoite 2028: 4,5');
    expect(section).toContain('Lähtötaso 2019');
  });

  it.skipIf(!hasPoppler)('tags each chart as a Figure followed by its figures as a Table with column and row headers', async () => {
    const bytes = await pdf;
    const struct = poppler('pdfinfo', bytes, '-struct');
    const elements = sectionElements(struct);
    const figures = elements.flatMap((type, i) => (type === 'Figure' ? [i] : []));
    expect(figures).toHaveLength(4);
    for (const at of figures) {
      const next = elements.slice(at + 1, at + 4);
      expect(next, `after the figure at ${at}`).toContain('Table');
      expect(next.slice(0, next.indexOf('Table'))).toEqual(expect.arrayContaining(['P']));
    }
    const tree = poppler('pdfinfo', bytes, '-struct-text');
    const section = tree.slice(tree.indexOf('"Mittarit"'));
    expect(section).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Vuosi"/);
    expect(section).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Itä-Uudenmaan hyvinvointialue"/);
    expect(section).toMatch(/TH:\n\s+\/Scope \/Row\n\s+"2019"\n\s+TD\n\s+"6,2"/);
    expect(section).toMatch(/TH:\n\s+\/Scope \/Row\n\s+"Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä \(prosenttia\)"/);
  });

  it('gives each Figure the chart in words as its alternative text', async () => {
    const alts = figureAlts(await pdf);
    expect(alts).toHaveLength(4);
    expect(alts[0]).toMatch(/^Kaavio: Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä \(prosenttia\)\. Porvoo 2023: 5,7;.*Tavoite 2028: 4,5\. Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu 2\.12\.2026\.$/);
    expect(alts[2]).toBe('Kaavio: Nuorisotalon kävijät (käyntiä). Porvoo 2024: 5\u00a0120. Tavoite 2026: 6\u00a0000. Lähde: kunnan oma tieto.');
  });

  it.skipIf(!hasPoppler)('keeps to landscape pages after the measure table', async () => {
    const bytes = await pdf;
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', bytes))![1]);
    const last = poppler('pdfinfo', bytes, '-f', String(pages), '-l', String(pages));
    expect(last).toMatch(/Page\s+\d+ size:\s+841\.89 x 595\.28/);
    // The last indicator's figures: their table's header repeated on its page.
    expect(poppler('pdftotext', bytes, '-f', String(pages), '-l', String(pages))).toContain('Vuosi');
  });

  it('is left out of a plan without indicators', async () => {
    expect(figureAlts(await renderPdf(porvooInput({ indicators: [] })))).toEqual([]);
  });
});

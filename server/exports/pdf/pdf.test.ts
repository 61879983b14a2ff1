import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from './pdf';
import { hostileInput, porvooInput } from '../../../tests/support/exportTestData';

/** Poppler's tools read the text back; without them (no poppler-utils) those checks are skipped. */
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'pdf-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdftotext' | 'pdfinfo', bytes: Buffer, ...args: string[]): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
}

describe('PDF export', () => {
  const porvoo = renderPdf(porvooInput({ versionLabel: 'Kaupunginvaltuustolle 12.6.2026' }));

  it('is a PDF with title, author and language in its metadata and embedded fonts', async () => {
    const bytes = await porvoo;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/Lang (fi-FI)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/FontFile2 /);
    // Bookmarks for the headings.
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
  });

  it.skipIf(!hasPoppler)('reads back with its Finnish text intact (pdftotext)', async () => {
    const bytes = await porvoo;
    const info = poppler('pdfinfo', bytes);
    expect(info).toMatch(/Title:\s+Porvoon kaupungin hyvinvointisuunnitelma/);
    expect(info).toMatch(/Author:\s+Porvoo/);

    const text = poppler('pdftotext', bytes);
    for (const expected of [
      'Porvoon kaupungin hyvinvointisuunnitelma',
      'Kaupunginvaltuustolle 12.6.2026',
      '22.11.2026',
      'Hyvinvointisuunnitelma',
      'Painopiste',
      'Toimenpidetaulukko',
      'Petra Bärlund-Hämäläinen',
      'Charlotta Grönqvist',
      'Valmis',
      'viety suunnitellusti loppuun',
      'Tilan selitteet',
      'Sivu 2 /',
    ]) {
      expect(text).toContain(expected);
    }
    // The measure table is on landscape pages.
    const pages = poppler('pdfinfo', bytes, '-f', '1', '-l', '50');
    expect(pages).toMatch(/Page\s+\d+ size:\s+595\.28 x 841\.89/);
    expect(pages).toMatch(/Page\s+\d+ size:\s+841\.89 x 595\.28/);
  });

  it.skipIf(!hasPoppler)('prints Swedish letters and user text as written', async () => {
    const text = poppler('pdftotext', await renderPdf(hostileInput()));
    expect(text).toContain('Välfärdsplan: Å/Ä/Ö <b>testi</b>');
    expect(text).toContain('Åtgärd på svenska');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Borgå <Porvoo>');
  });

  it('links only to safe addresses', async () => {
    const raw = (await renderPdf(hostileInput())).toString('latin1');
    expect(raw).toContain('/URI (https://www.porvoo.fi/hyvinvointi)');
    expect(raw).not.toMatch(/javascript/i);
  });
});

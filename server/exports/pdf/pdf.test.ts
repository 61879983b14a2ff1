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

  it.skipIf(!hasPoppler)("prints a measure's projects in the Hanke column after the target group, an empty cell when it has none", async () => {
    const bytes = await renderPdf(hostileInput());
    const text = poppler('pdftotext', bytes);
    expect(text).toContain('Liikkuva koulu |');
    expect(text).toContain('<b>hanke</b>');
    expect(text).toContain('asukaslähtöinen');
    // The table's cells as the structure tree holds them: the header in the app's order, the names one cell.
    const tree = poppler('pdfinfo', bytes, '-struct-text');
    expect(tree).toMatch(/"Kohderyhmä"\s+TH:\s+\/Scope \/Column\s+"Hanke"\s+TH:\s+\/Scope \/Column\s+"Mittari"/);
    expect(tree).toMatch(/"lapset ja nuoret"\s+TD\s+"Liikkuva koulu \| <b>hanke<\/b>Aspu, asukaslähtöinen"\s+TD\s+"\+SUM\(A1:A9\)"/);
    expect(tree).toMatch(/"ÄÖÅ-yksikkö"\s+TD\s+TD\s+TD\s+TD\s+"2025"/);
  });

  it.skipIf(!hasPoppler)('is tagged: a structure tree of headings, lists and tables with header cells, in the order of the pages', async () => {
    const bytes = await porvoo;
    expect(poppler('pdfinfo', bytes)).toMatch(/Tagged:\s+yes/);
    expect(bytes.toString('latin1')).toMatch(/\/MarkInfo \d+ 0 R/);
    const tree = poppler('pdfinfo', bytes, '-struct-text');
    const lines = tree.split('\n');
    const elements = (type: string) => lines.filter((line) => line.trim().split(' ')[0]?.replace(/:$/, '') === type).length;
    expect(lines[0]).toBe('Document');
    for (const type of ['H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD']) {
      expect(elements(type), type).toBeGreaterThan(0);
    }
    // The title is the one H1 of the title page; its words survive the line break.
    expect(tree).toMatch(/H1 \(block\)\n\s+"Porvoon kaupungin hyvinvointisuunnitelma"/);
    // The column headers are tagged once with their scope, though printed on every page of the table.
    const pagesOfTable = (poppler('pdftotext', bytes).match(/Painopiste\s+Tavoite/g) ?? []).length;
    expect(pagesOfTable).toBeGreaterThan(1);
    expect(tree.match(/\/Scope \/Column/g)).toHaveLength(9);
    // Focus areas and goals head their rows, over as many rows as they span.
    expect(tree).toMatch(/TH:\n\s+\/Scope \/Row\n\s+\/RowSpan \d+/);
    // A status cell reads in words, in the table's reading order after its measure.
    expect(tree).toMatch(/TD\n\s+"Valmis – viety suunnitellusti loppuun"/);
    // Reading order: the tree's text comes in the order of the pages.
    const text = [...tree.matchAll(/^\s+"(.*)"$/gm)].map((match) => match[1]!);
    const order = ['Porvoon kaupungin hyvinvointisuunnitelma', 'Hyvinvoinnin ja terveyden edistämisen ohjausryhmä', 'Toimenpidetaulukko', 'Tilan selitteet'];
    const positions = order.map((part) => text.findIndex((line) => line.includes(part)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Page numbers are artifacts: read from the pages, never from the tree.
    expect(poppler('pdftotext', bytes)).toContain('Sivu 3 /');
    expect(tree).not.toContain('Sivu 3 /');
  });

  it.skipIf(!hasPoppler)('tags a link in its paragraph with its annotation', async () => {
    const tree = poppler('pdfinfo', await renderPdf(hostileInput()), '-struct-text');
    expect(tree).toMatch(/Link \(inline\)\n\s+Object \d+ 0\n\s+"Porvoon sivut"/);
  });

  it.skipIf(!hasPoppler)('is made for a plan of no known municipality, with no text and no version name', async () => {
    const input = porvooInput();
    delete input.municipality;
    delete input.data.body;
    const info = poppler('pdfinfo', await renderPdf(input));
    expect(info).toMatch(/Title:\s+Porvoon kaupungin hyvinvointisuunnitelma/);
    expect(info).not.toMatch(/Author:/);
  });

  it('links only to safe addresses', async () => {
    const raw = (await renderPdf(hostileInput())).toString('latin1');
    expect(raw).toContain('/URI (https://www.porvoo.fi/hyvinvointi)');
    expect(raw).not.toMatch(/javascript/i);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { JSONContent } from '@tiptap/core';
import { afterAll, describe, expect, it } from 'vitest';
import { porvooInput } from '../../../tests/support/exportTestData';
import { indicatorViews } from '../../../tests/support/indicatorExportData';
import { renderPdf } from './pdf';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const dir = mkdtempSync(path.join(tmpdir(), 'pdf-indicator-blocks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function poppler(tool: 'pdftotext' | 'pdfinfo', bytes: Buffer, ...args: string[]): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The demo plan's PDF with charts placed in its text, between two paragraphs of its own. */
function pdfWith(indicatorIds: string[], views = indicatorViews()): Promise<Buffer> {
  const input = porvooInput({ indicators: views });
  const body = input.data.body as JSONContent;
  const charts = indicatorIds.map((indicatorId) => ({ type: 'indicatorChart', attrs: { indicatorId } }));
  input.data.body = { ...body, content: [...(body.content ?? []), paragraph('Ennen kaaviota.'), ...charts, paragraph('Kaavion jälkeen.')] };
  return renderPdf(input);
}

describe('PDF export: indicator charts in the plan text', () => {
  it.skipIf(!hasPoppler)('draws the chart where the text places it, tagged as a Figure, its title and source under it, then its figures as a Table', async () => {
    const bytes = await pdfWith(['local-1']);
    const text = poppler('pdftotext', bytes);
    const passage = text.slice(text.indexOf('Ennen kaaviota.'), text.indexOf('Kaavion jälkeen.'));
    expect(text.indexOf('Kaavion jälkeen.')).toBeLessThan(text.indexOf('Tilan selitteet'));
    // The chart is vectors with real text, then its caption and its table.
    for (const expected of ['Porvoo 5 120', 'Nuorisotalon kävijät (käyntiä)', 'Lähde: kunnan oma tieto', 'Nuorisotalon kävijät: luvut vuosittain', '4 870']) {
      expect(passage.replace(/\u00a0/g, ' ')).toContain(expected);
    }
    const tree = poppler('pdfinfo', bytes, '-struct-text');
    const inText = tree.slice(tree.indexOf('"Ennen kaaviota."'), tree.indexOf('"Kaavion jälkeen."'));
    expect(inText).toMatch(/Figure[^\n]*\n[\s\S]*P[^\n]*\n\s+"Nuorisotalon kävijät \(käyntiä\)"[\s\S]*Table/);
    expect(inText).toMatch(/TH:\n\s+\/Scope \/Row\n\s+"2024"\n\s+TD\n\s+"5\s120"/);
    // Its heading is the author's to give: a chart in the text adds none.
    expect(inText).not.toMatch(/^\s+H\d/m);
  });

  it.skipIf(!hasPoppler)('says so for an indicator the plan no longer has, and why there is no chart when there are no figures', async () => {
    const text = poppler('pdftotext', await pdfWith(['poistettu', 'ind-3113']));
    const passage = text.slice(text.indexOf('Ennen kaaviota.'), text.indexOf('Kaavion jälkeen.'));
    expect(passage).toContain('Kaavio: mittaria ei enää ole suunnitelmassa.');
    expect(passage).toContain('Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.');
  });
});

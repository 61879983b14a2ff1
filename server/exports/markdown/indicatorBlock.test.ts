import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { porvooInput } from '../../../tests/support/exportTestData';
import { HOSTILE_TITLE, indicatorViews } from '../../../tests/support/indicatorExportData';
import { renderMarkdown } from './markdown';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The demo plan's Markdown with charts placed in its text, between two paragraphs of its own: the blocks between them. */
async function passageWith(indicatorIds: string[]): Promise<string[]> {
  const input = porvooInput({ indicators: indicatorViews({ hostile: true }) });
  const body = input.data.body as JSONContent;
  const charts = indicatorIds.map((indicatorId) => ({ type: 'indicatorChart', attrs: { indicatorId } }));
  input.data.body = { ...body, content: [...(body.content ?? []), paragraph('Ennen kaaviota.'), ...charts, paragraph('Kaavion jälkeen.')] };
  const md = (await renderMarkdown(input)).toString('utf8');
  const passage = md.slice(md.indexOf('Ennen kaaviota.\n\n') + 'Ennen kaaviota.\n\n'.length, md.indexOf('\n\nKaavion jälkeen.'));
  return passage.split('\n\n');
}

/** Markdown's backslash escapes read back (CommonMark: any ASCII punctuation). */
const unescape = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** A GFM table read back: the header's cells, that the second line is the delimiter row, and each body row's cells. */
function readTable(markdown: string): { head: string[]; delimiter: boolean; rows: string[][] } {
  const cells = (line: string) => {
    expect(line).toMatch(/^\| .* \|$/);
    // Split at pipes that are not escaped; the cells' own pipes are `\|`.
    return line.slice(2, -2).split(/(?<!\\) \| /).map((cell) => unescape(cell.trim()));
  };
  const [head = '', delimiter = '', ...rows] = markdown.split('\n');
  return { head: cells(head), delimiter: /^\|( --- \|)+$/.test(delimiter), rows: rows.map(cells) };
}

describe('Markdown export: indicator charts in the plan text', () => {
  it('gives the chart where the text places it: its title, what it shows in words, its figures as a table and its source', async () => {
    const [title, words, caption, table, source, ...rest] = await passageWith(['local-1']);
    expect(title).toBe('**Nuorisotalon kävijät (käyntiä)**');
    expect(words).toBe('Kaavio: Nuorisotalon kävijät (käyntiä). Porvoo 2024: 5\u00a0120. Tavoite 2026: 6\u00a0000. Lähde: kunnan oma tieto.');
    expect(caption).toBe('Nuorisotalon kävijät: luvut vuosittain');
    expect(readTable(table!)).toEqual({
      head: ['Vuosi', 'Porvoo'],
      delimiter: true,
      rows: [['2022', '4\u00a0310'], ['2023', '4\u00a0870'], ['2024', '5\u00a0120']],
    });
    expect(source).toBe('Lähde: kunnan oma tieto');
    // Its heading is the author's to give: a chart in the text adds none.
    expect(rest).toEqual([]);
    expect([title, words, caption, source].join('\n')).not.toMatch(/^#/m);
  });

  it('gives every line of a Sotkanet chart its column, and the cache date of stale figures', async () => {
    const [, words, , table, source] = await passageWith(['ind-289']);
    expect(words).toMatch(/^Kaavio: /);
    const read = readTable(table!);
    expect(read.delimiter).toBe(true);
    // The municipality against its county and the country, and by sex.
    expect(read.head).toEqual(['Vuosi', 'Porvoo', 'Itä-Uudenmaan hyvinvointialue', 'Koko maa', 'Porvoo, naiset', 'Porvoo, miehet']);
    expect(read.rows.length).toBeGreaterThan(3);
    for (const row of read.rows) expect(row).toHaveLength(6);
    expect(source).toBe('Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 20.11.2026 Tiedot eivät ole ajan tasalla (haettu 20.11.2026).');
  });

  it('says so for an indicator the plan no longer has, says why a chart has no figures, and keeps hostile text as text', async () => {
    const blocks = await passageWith(['poistettu', 'ind-3113', 'hostile']);
    expect(blocks[0]).toBe('_Kaavio: mittaria ei enää ole suunnitelmassa._');
    expect(blocks).toContain('Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.');
    const hostile = blocks.find((block) => block.startsWith('**Mittari'))!;
    expect(unescape(hostile)).toBe(`**${HOSTILE_TITLE} (<b>%</b>)**`);
    // No raw HTML survives outside code: every < is escaped.
    expect(blocks.join('\n\n')).not.toMatch(/(^|[^\\])<(script|b)\b/m);
  });
});

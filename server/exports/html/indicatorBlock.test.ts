import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { porvooInput } from '../../../tests/support/exportTestData';
import { HOSTILE_TITLE, indicatorViews } from '../../../tests/support/indicatorExportData';
import { renderHtml } from './html';

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const chart = (indicatorId: string): JSONContent => ({ type: 'indicatorChart', attrs: { indicatorId } });

/** The demo plan's export with charts placed in its text, between two paragraphs of its own. */
async function exportWith(charts: JSONContent[], views = indicatorViews()): Promise<string> {
  const input = porvooInput({ indicators: views });
  const body = input.data.body as JSONContent;
  input.data.body = { ...body, content: [...(body.content ?? []), paragraph('Ennen kaaviota.'), ...charts, paragraph('Kaavion jälkeen.')] };
  return (await renderHtml(input)).toString('utf8');
}

const textOf = (html: string) => html.slice(html.indexOf('Ennen kaaviota.'), html.indexOf('Kaavion jälkeen.'));

describe('HTML export: indicator charts in the plan text', () => {
  it('draws each where the text places it: the chart named and described, its title and source, its figures as a table', async () => {
    const html = await exportWith([chart('local-1'), chart('ind-5')]);
    const text = textOf(html);
    const figures = [...text.matchAll(/<figure class="indicator-chart"><figcaption><strong>([^<]*)<\/strong><br>([^<]*)<\/figcaption>(<svg[\s\S]*?<\/svg>)<\/figure>/g)];
    expect(figures.map((f) => [f[1], f[2]])).toEqual([
      ['Nuorisotalon kävijät (käyntiä)', 'Lähde: kunnan oma tieto'],
      ['Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä (prosenttia)', 'Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026'],
    ]);
    expect(figures[0]![3]).toMatch(/^<svg role="img" aria-labelledby="chart-[\w-]+-teksti-1-title chart-[\w-]+-teksti-1-desc"/);
    expect(figures[0]![3]).toMatch(/<desc id="chart-[\w-]+-teksti-1-desc">Kaavio: Nuorisotalon kävijät \(käyntiä\)\. Porvoo 2024: 5\u00a0120\./);
    expect(text).toContain('<caption>Nuorisotalon kävijät: luvut vuosittain</caption>');
    expect(text).toContain('<tr><th scope="row">2024</th><td>5\u00a0120</td></tr>');
    // Its heading is the author's to give: a chart in the text adds none.
    expect(text).not.toMatch(/<h\d/);
  });

  it('keeps every id on the page unique when a chart stands in the text and in the indicators section', async () => {
    const html = await exportWith([chart('local-1'), chart('local-1')]);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => id?.includes('teksti'))).toHaveLength(4);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, list] of html.matchAll(/aria-labelledby="([^"]+)"/g)) {
      for (const id of list!.split(' ')) expect(ids, id).toContain(id);
    }
  });

  it('says so for an indicator the plan no longer has, or when the plan has none, and escapes what a title holds', async () => {
    expect(textOf(await exportWith([chart('poistettu')]))).toContain('<p class="indicator-chart">Kaavio: mittaria ei enää ole suunnitelmassa.</p>');
    expect(textOf(await exportWith([chart('local-1')], []))).toContain('Kaavio: mittaria ei enää ole suunnitelmassa.');
    const hostile = textOf(await exportWith([chart('hostile')], indicatorViews({ hostile: true })));
    expect(hostile).toContain('<strong>Mittari &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;lainaus&quot; (&lt;b&gt;%&lt;/b&gt;)</strong>');
    expect(hostile).not.toMatch(/<script|<b>/);
  });

  it('says why an indicator has no chart instead of drawing an empty one', async () => {
    const text = textOf(await exportWith([chart('ind-3113')]));
    expect(text).toContain('<p class="problem">Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.</p>');
    expect(text).not.toContain('<svg');
  });
});

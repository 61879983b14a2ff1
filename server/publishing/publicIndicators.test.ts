import { describe, expect, it } from 'vitest';
import type { JSONContent } from '@tiptap/core';
import { porvooInput } from '../../tests/support/exportTestData';
import { indicatorViews } from '../../tests/support/indicatorExportData';
import { indicatorExportSection } from '../indicators/exportSection';
import type { Publication } from '../storage/publicationStore';
import { renderPublicPage } from './publicPage';
import { publicPlanView } from './publicView';

const publication: Publication = {
  id: '00000000-0000-4000-8000-000000000001',
  planId: 'porvoo-demo',
  versionId: '00000000-0000-4000-8000-000000000002',
  versionLabel: 'Kaupunginvaltuustolle',
  slug: 'porvoo/suunnitelma',
  municipality: 'Porvoo',
  publishedAt: '2026-06-12T10:00:00.000Z',
  publishedBy: { id: 'u', name: 'x' },
  unpublishedAt: null,
  licence: 'CC-BY-4.0',
};

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The demo plan published with its indicators, one chart of them placed in its text. */
async function page(views = indicatorViews({ hostile: true })): Promise<string> {
  const { data } = porvooInput();
  const body = data.body as JSONContent;
  // After the title's heading, which the page leaves out as it prints the title itself.
  const [titleHeading, ...rest] = body.content ?? [];
  data.body = { ...body, content: [titleHeading!, paragraph('Lapsiperheiden toimeentulo:'), { type: 'indicatorChart', attrs: { indicatorId: 'ind-5' } }, ...rest] };
  return renderPublicPage({ view: publicPlanView(data), publication, versionDate: new Date('2026-06-01'), archive: [publication], indicators: await indicatorExportSection(views) });
}

describe('the public page: indicator charts', () => {
  it('has the indicators section after the report, in the table of contents, each chart with its figures and source', async () => {
    const html = await page();
    expect(html.indexOf('<h2 id="mittarit">Mittarit</h2>')).toBeGreaterThan(html.indexOf('id="hyvinvointiraportti"'));
    expect(html).toMatch(/<nav class="toc"[^]*<a href="#mittarit">Mittarit<\/a>[^]*<\/nav>/);
    const section = html.slice(html.indexOf('<section class="indicators"'), html.indexOf('</main>'));
    // Every indicator with figures is an inline SVG (no script, no request), named and described.
    expect(section.match(/<svg role="img" aria-labelledby="chart-[\w-]+-title chart-[\w-]+-desc"/g)).toHaveLength(4);
    expect(section).toContain('<caption>Nuorisotalon kävijät: luvut vuosittain</caption>');
    expect(section).toContain('<figcaption>Lähde: kunnan oma tieto</figcaption>');
    expect(section).toContain('Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026');
    expect(section).toContain('<p class="stale" role="note">Tiedot eivät ole ajan tasalla (haettu 20.11.2026).</p>');
  });

  it('draws a chart of the text where the text places it, with ids of its own', async () => {
    const html = await page();
    const main = html.slice(html.indexOf('<main'), html.indexOf('id="toimenpidetaulukko"'));
    expect(main).toMatch(/<p>Lapsiperheiden toimeentulo:<\/p>\s*<figure class="indicator-chart"><figcaption><strong>Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä \(prosenttia\)<\/strong><br>Lähde: THL, Sotkanet\.fi \(CC BY 4\.0\), haettu 2\.12\.2026<\/figcaption><svg role="img" aria-labelledby="chart-[\w-]+-teksti-1-title/);
    expect(main).toContain('<caption>Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä: luvut vuosittain</caption>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes what an indicator holds, and runs nothing', async () => {
    const html = await page();
    expect(html).toContain('Mittari &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;lainaus&quot;');
    expect(html).not.toMatch(/<script|<b>%|<[^>]*\son\w+=|javascript:/i);
  });

  it('without indicators has no section, and a chart in the text says the plan no longer has it', async () => {
    const html = await page([]);
    expect(html).not.toContain('id="mittarit"');
    expect(html).toContain('<p class="indicator-chart">Kaavio: mittaria ei enää ole suunnitelmassa.</p>');
  });
});

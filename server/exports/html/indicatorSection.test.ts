import { describe, expect, it } from 'vitest';
import { porvooInput } from '../../../tests/support/exportTestData';
import { HOSTILE_TITLE, indicatorViews } from '../../../tests/support/indicatorExportData';
import { renderHtml } from './html';

const page = async (views = indicatorViews()) => (await renderHtml(porvooInput({ indicators: views }))).toString('utf8');
const sectionOf = (html: string) => html.slice(html.indexOf('<section class="indicators"'));

describe('HTML export: the indicators section', () => {
  it('comes after the measure table with the summary in words, the source line with the cache date and the stale notice', async () => {
    const html = await page();
    expect(html.indexOf('id="mittarit"')).toBeGreaterThan(html.indexOf('id="toimenpidetaulukko"'));
    const section = sectionOf(html);
    expect(section).toMatch(/<h2 id="mittarit">Mittarit<\/h2>/);
    expect(section).toContain('<caption>Mittarien tilanne</caption>');
    expect(section).toContain('<th scope="col">Muutos lähtötasosta</th>');
    expect(section).toMatch(/<tr><th scope="row">Toimeentulotukea saaneet 25–64-vuotiaat, % vastaavanikäisestä väestöstä \(prosenttia\)<\/th><td>5,7 \(2023\)<\/td><td>−0,5 \(2019–2023\), tavoitteen suuntaan<\/td><td>−0,1 \(2022–2023\), tavoitteen suuntaan<\/td><td>4,5 \(2028\), pienenee<\/td><td class="assessment assessment-off-track">Ei tavoitteen mukaisesti: tavoitteen mukainen arvo vuonna 2023 olisi 5,4<\/td><\/tr>/);
    expect(section).toContain('<td class="assessment assessment-no-target">Ei tavoitetta</td>');
    expect(section).toContain('<p class="source">Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 20.11.2026</p>');
    expect(section).toContain('<p class="stale" role="note">Tiedot eivät ole ajan tasalla (haettu 20.11.2026).</p>');
  });

  it('draws each chart as inline SVG named and described for assistive technology, its source under it, its figures as a table', async () => {
    const section = sectionOf(await page());
    const figures = [...section.matchAll(/<figure>(<svg[\s\S]*?<\/svg>)<figcaption>([^<]*)<\/figcaption><\/figure>/g)];
    expect(figures).toHaveLength(3);
    const [svg, caption] = [figures[0]![1]!, figures[0]![2]!];
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="chart-[\w-]+-title chart-[\w-]+-desc"/);
    expect(svg).toMatch(/<desc id="chart-[\w-]+-desc">Kaavio: Toimeentulotukea saaneet[^<]*Porvoo 2023: 5,7;[^<]*Tavoite 2028: 4,5\./);
    expect(caption).toBe('Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026');
    expect(figures[1]![2]).toBe('Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 20.11.2026 Tiedot eivät ole ajan tasalla (haettu 20.11.2026).');
    expect(figures[2]![2]).toBe('Lähde: kunnan oma tieto');
    expect(section).toContain('<caption>Nuorisotalon kävijät: luvut vuosittain</caption>');
    expect(section).toContain('<thead><tr><th scope="col">Vuosi</th><th scope="col">Porvoo</th></tr></thead>');
    expect(section).toContain('<tr><th scope="row">2024</th><td>5\u00a0120</td></tr>');
    // A column per line of the chart: the areas' totals, then the municipality's sexes.
    expect(section).toMatch(/<thead><tr><th scope="col">Vuosi<\/th><th scope="col">Porvoo<\/th><th scope="col">Itä-Uudenmaan hyvinvointialue<\/th><th scope="col">Koko maa<\/th><th scope="col">Porvoo, naiset<\/th><th scope="col">Porvoo, miehet<\/th><\/tr><\/thead>/);
  });

  it('says why an indicator has no chart instead of drawing an empty one', async () => {
    const section = sectionOf(await page());
    expect(section).toContain('<p class="problem">Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.</p>');
  });

  it('escapes hostile titles and units everywhere, in the SVG too', async () => {
    const section = sectionOf(await page(indicatorViews({ hostile: true })));
    expect(section).not.toContain('<script>');
    expect(section).not.toContain('<b>%</b>');
    expect(section).toContain('Mittari &lt;script&gt;alert(1)&lt;/script&gt; &amp; ');
    expect(section).toContain('(&lt;b&gt;%&lt;/b&gt;)');
    expect(HOSTILE_TITLE).toContain('<script>');
  });

  it('is left out of a plan without indicators', async () => {
    expect(await page([])).not.toContain('id="mittarit"');
    expect(await page([])).not.toContain('.indicators figure');
  });
});

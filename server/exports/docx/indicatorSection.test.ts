import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { porvooInput } from '../../../tests/support/exportTestData';
import { HOSTILE_TITLE, indicatorViews } from '../../../tests/support/indicatorExportData';
import { indicatorChartSummary } from '../../../shared/indicators/chart';
import { renderDocx } from './docx';

const views = indicatorViews({ hostile: true });
const docx = renderDocx(porvooInput({ indicators: views }));

const decodeXml = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

describe('Word export: the indicators section', () => {
  it('reads back (mammoth) with the summary in words, the source line with the cache date, the stale notice and each indicator', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await docx });
    const section = text.slice(text.indexOf('Mittarit\n'));
    expect(text.indexOf('Mittarit\n')).toBeGreaterThan(text.indexOf('Tilan selitteet'));
    for (const expected of [
      'Tiedot eivät ole ajan tasalla (haettu 20.11.2026).',
      'Muutos lähtötasosta',
      '5,7 (2023)',
      '−0,5 (2019–2023), tavoitteen suuntaan',
      'Ei tavoitteen mukaisesti: tavoitteen mukainen arvo vuonna 2023 olisi 5,4',
      'Tavoite saavutettu',
      'Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 20.11.2026',
      'Lähde: kunnan oma tieto',
      'Nuorisotalon kävijät: luvut vuosittain',
      'Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.',
      'Mittari <script>alert(1)</script> & "lainaus"',
    ]) {
      expect(section).toContain(expected);
    }
  });

  it('makes each table a real Word table, its header row repeated on every page, and each indicator a Word heading', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await docx });
    const section = html.slice(html.indexOf('<h2>Mittarit</h2>'));
    expect(section).toMatch(/^<h2>Mittarit<\/h2>/);
    expect(section).toContain('<h3>Nuorisotalon kävijät</h3>');
    // mammoth reads a repeated header row as the table's head.
    expect(section).toMatch(/<table><thead><tr><th><p><strong>Mittari<\/strong><\/p><\/th><th><p><strong>Viimeisin arvo<\/strong><\/p><\/th>/);
    expect(section).toMatch(/<table><thead><tr><th><p><strong>Vuosi<\/strong><\/p><\/th><th><p><strong>Porvoo<\/strong><\/p><\/th><\/tr><\/thead><tbody><tr><td><p><strong>2022<\/strong><\/p><\/td><td><p>4\u00a0310<\/p><\/td><\/tr>/);
    const xml = await (await JSZip.loadAsync(await docx)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<script>');
  });

  it('has each chart with figures as a PNG picture, its alternative text the chart in words, hostile text escaped', async () => {
    const zip = await JSZip.loadAsync(await docx);
    const media = Object.keys(zip.files).filter((name) => /^word\/media\/.+\.png$/.test(name));
    const drawn = views.filter((view) => view.series.some((s) => s.points.length > 0));
    expect(drawn.length).toBeGreaterThan(2);
    expect(media).toHaveLength(drawn.length);
    for (const name of media) expect((await zip.file(name)!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG');
    const xml = await zip.file('word/document.xml')!.async('string');
    const docPrs = [...xml.matchAll(/<wp:docPr ([^>]*?)\/?>/g)].map(([, attrs]) => Object.fromEntries([...attrs!.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, decodeXml(value!)])));
    expect(docPrs.map((docPr) => docPr.descr)).toEqual(drawn.map((view) => indicatorChartSummary(view, 'fi')));
    expect(docPrs.find((docPr) => docPr.title?.startsWith(HOSTILE_TITLE))?.descr).toContain(HOSTILE_TITLE);
    // Word refuses a file whose pictures share an id.
    expect(new Set(docPrs.map((docPr) => docPr.id)).size).toBe(docPrs.length);
    expect(xml).not.toMatch(/<script|<b>%/);
  });

  it('is left out of a plan without indicators', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await renderDocx(porvooInput({ indicators: [] })) });
    expect(text).not.toContain('Mittarien tilanne');
  });
});

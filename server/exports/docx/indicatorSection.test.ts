import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { porvooInput } from '../../../tests/support/exportTestData';
import { indicatorViews } from '../../../tests/support/indicatorExportData';
import { renderDocx } from './docx';

const docx = renderDocx(porvooInput({ indicators: indicatorViews({ hostile: true }) }));

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

  it('is left out of a plan without indicators', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: await renderDocx(porvooInput({ indicators: [] })) });
    expect(text).not.toContain('Mittarien tilanne');
  });
});

import { describe, expect, it } from 'vitest';
import { renderHtml } from './html';
import { hostileInput, porvooInput } from '../../../tests/support/exportTestData';

const VOID = new Set(['meta', 'br', 'hr', 'img', 'link', 'input', 'col', 'wbr']);

/**
 * Tokenizes the page's tags (outside <style>) and checks that they nest:
 * a parse that would catch text breaking out of its element.
 */
function tagsOf(html: string): Array<{ name: string; attrs: string; closing: boolean }> {
  const withoutStyle = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  const tags = [...withoutStyle.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({
    closing: m[1] === '/',
    name: (m[2] ?? '').toLowerCase(),
    attrs: m[3] ?? '',
  }));
  const open: string[] = [];
  for (const tag of tags) {
    if (VOID.has(tag.name)) continue;
    if (!tag.closing) open.push(tag.name);
    else expect(open.pop(), `</${tag.name}> closes the element it should`).toBe(tag.name);
  }
  expect(open).toEqual([]);
  return tags;
}

describe('HTML export', () => {
  it('is one self-contained, accessible page', async () => {
    const html = (await renderHtml(porvooInput({ versionLabel: 'Kaupunginvaltuustolle 12.6.2026' }))).toString('utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="fi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Porvoon kaupungin hyvinvointisuunnitelma – Porvoo</title>');
    const tags = tagsOf(html);
    const names = tags.map((tag) => tag.name);
    expect(names.filter((name) => name === 'h1')).toHaveLength(2); // one element: open and close
    expect(names).toContain('main');
    expect(names).not.toContain('script');
    expect(names).not.toContain('link');
    expect(html).not.toMatch(/(src|href)="(?!https?:|mailto:|tel:)/);
    expect(html).not.toMatch(/url\(/);

    // The measure table: caption, column headers, row-group and row headers over the merged cells.
    expect(html).toMatch(/<table class="measures">\s*<caption>Toimenpidetaulukko/);
    const columnHeads = [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(columnHeads).toEqual(['Painopiste', 'Tavoite', 'Toimenpide', 'Vastuutaho', 'Kohderyhmä', 'Hanke', 'Mittari', 'Aikataulu', 'Tila']);
    expect(html).toMatch(/<tbody><tr><th scope="rowgroup" rowspan="\d+">1\. Asukkaiden osallisuus/);
    expect(html.match(/<tbody>/g)).toHaveLength(3);
    expect(html).toMatch(/<th scope="row" rowspan="3">Osallisuuden vaikuttavuuden parantaminen\.<\/th>/);
    // Data rows: one per measure.
    const table = html.slice(html.indexOf('<table class="measures">'), html.indexOf('</table>', html.indexOf('<table class="measures">')));
    expect(table.match(/<tr>/g)).toHaveLength(1 + 41);

    // Status in words with a marker that is decoration only.
    expect(html).toContain('<td class="status status-done"><span class="marker" aria-hidden="true"></span><strong>Valmis</strong> – viety suunnitellusti loppuun');
    expect(html).toContain('Punainen: Ei aloitettu – ei toteutunut tai ei aloitettu');
    // Headings of the text, title heading not repeated.
    expect(html).toContain('<h2>1 Aloitus</h2>');
    expect(html).toContain('<h2 id="toimenpidetaulukko">Toimenpidetaulukko</h2>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('@media print');
  });

  it('escapes everything user-written and drops unsafe links', async () => {
    const html = (await renderHtml(hostileInput())).toString('utf8');
    const tags = tagsOf(html);
    expect(tags.some((tag) => tag.name === 'script' || tag.name === 'img' || tag.name === 'b')).toBe(false);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<title>Välfärdsplan: Å/Ä/Ö &lt;b&gt;testi&lt;/b&gt; – Borgå &lt;Porvoo&gt;</title>');
    expect(html).toContain('<p class="version">Valtuustolle &quot;lopullinen&quot; &amp; hyväksytty</p>');
    const hrefs = tags.flatMap((tag) => [...tag.attrs.matchAll(/href="([^"]*)"/g)].map((m) => m[1]));
    expect(hrefs).toEqual(['https://www.porvoo.fi/hyvinvointi']);
    expect(html).not.toMatch(/href="javascript:/i);
    // The unsafe link keeps its text.
    expect(html).toContain('vaarallinen linkki');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<td rowspan="2"><p>Lapset ja nuoret</p></td>');
    expect(html).toContain('Tavoite; &quot;lainattu&quot;<br>rivinvaihdolla');
    // A measure's projects one a line after its target group, escaped; an empty cell for the measure with none.
    expect(html).toContain('<td>lapset ja nuoret</td><td>Liikkuva koulu | &lt;b&gt;hanke&lt;/b&gt;<br>Aspu, asukaslähtöinen</td><td>+SUM(A1:A9)</td>');
    expect(html).toContain('<td>ÄÖÅ-yksikkö</td><td></td><td></td><td></td><td>2025</td>');
  });
});

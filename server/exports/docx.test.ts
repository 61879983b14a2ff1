import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx';
import { measureRows } from './measureTable';
import { hostileInput, porvooInput } from './testData';

async function unzip(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from the package`);
    return file.async('string');
  };
  return { read, names: Object.keys(zip.files) };
}

/** The visible text of a WordprocessingML fragment. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('Word export', () => {
  it('is a Word package with the title page, styled headings, lists and the measure table', async () => {
    const input = porvooInput({ versionLabel: 'Kaupunginvaltuustolle 12.6.2026' });
    const { read, names } = await unzip(await renderDocx(input));
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
    const xml = await read('word/document.xml');
    const text = textOf(xml);

    // Title page, in order.
    const titlePage = text.slice(0, 200);
    expect(titlePage).toMatch(/^PorvooPorvoon kaupungin hyvinvointisuunnitelmaKaupunginvaltuustolle 12\.6\.202622\.11\.2026/);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');

    // Headings carry Word's own heading styles (navigation pane, table of contents, screen readers).
    const headings = [...xml.matchAll(/<w:pStyle w:val="(Heading\d)"\/>.*?<\/w:p>/g)].map((m) => `${m[1]}:${textOf(m[0])}`);
    expect(headings).toEqual(expect.arrayContaining(['Heading2:1 Aloitus', 'Heading3:2.1 Kunnan hyte-työn lakiperusta', 'Heading4:Hyvinvoinnin ja terveyden edistämisen ohjausryhmä', 'Heading2:Toimenpidetaulukko']));
    // The title heading of the text is not repeated after the title page.
    expect(headings.some((h) => h.endsWith(':Porvoon kaupungin hyvinvointisuunnitelma'))).toBe(false);

    // Lists are real Word numbering: bullets and a numbered list.
    expect(count(xml, /<w:numPr>/g)).toBeGreaterThan(30);
    const numbering = await read('word/numbering.xml');
    expect(numbering).toContain('w:val="bullet"');
    expect(numbering).toContain('w:val="decimal"');

    // The measure table: landscape, header row repeated, one row per measure, merged group cells.
    expect(xml).toContain('w:orient="landscape"');
    const table = xml.slice(xml.indexOf('Toimenpidetaulukko'));
    const tableXml = table.slice(table.indexOf('<w:tbl>'), table.indexOf('</w:tbl>'));
    const rows = tableXml.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(1 + 41);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(textOf(rows[0] ?? '')).toBe('PainopisteTavoiteToimenpideVastuutahoKohderyhmäMittariAikatauluTila');

    const spans = measureRows(input.data).flatMap((row) => [row.focusAreaSpan, row.goalSpan]).filter((span) => span > 1);
    expect(count(tableXml, /<w:vMerge w:val="restart"\/>/g)).toBe(spans.length);
    expect(count(tableXml, /<w:vMerge(?: w:val="continue")?\/>/g)).toBe(spans.reduce((sum, span) => sum + span - 1, 0));
    // Every row has all eight columns (merged positions included).
    for (const row of rows) expect(count(row, /<w:tc>/g)).toBe(8);

    // Statuses in words and shaded in their colours; the legend under the table.
    expect(text).toContain('Valmis – viety suunnitellusti loppuun');
    expect(text).toContain('Aloitettu – suunnitteluasteella tai aloitettu');
    expect(text).toContain('Ei aloitettu – ei toteutunut tai ei aloitettu');
    expect(tableXml).toMatch(/w:fill="B7DFB0"/);
    expect(tableXml).toMatch(/w:fill="F4B0AC"/);
    expect(text).toContain('Tilan selitteet');
    expect(text).toContain('Punainen: Ei aloitettu – ei toteutunut tai ei aloitettu');

    // Page numbers in the footers; document properties name the plan and the municipality.
    const footers = names.filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    expect(await read(footers[0] ?? '')).toContain('PAGE');
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dc:title>Porvoon kaupungin hyvinvointisuunnitelma</dc:title>');
    expect(core).toContain('<dc:creator>Porvoo</dc:creator>');
    expect(await read('word/styles.xml')).toContain('<w:lang w:val="fi-FI"/>');
  });

  it('keeps marks and safe links, escapes text and drops javascript: links', async () => {
    const { read } = await unzip(await renderDocx(hostileInput()));
    const xml = await read('word/document.xml');
    const rels = await read('word/_rels/document.xml.rels');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('<script');
    expect(rels).toContain('Target="https://www.porvoo.fi/hyvinvointi"');
    expect(rels).not.toContain('javascript');
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"/);
    expect(xml).toMatch(/<w:b\/>.*?Lihavoitu/);
    expect(xml).toMatch(/<w:i\/>.*?kursiivi/);
    expect(xml).toMatch(/<w:strike\/>.*?yliviivattu/);
    expect(xml).toMatch(/<w:u w:val="single"\/>.*?alleviivattu/);
    // The plan text's own table keeps its merged cell.
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    // A goal without measures and a focus area without goals still show.
    expect(textOf(xml)).toContain('Tavoite ilman toimenpiteitä');
    expect(textOf(xml)).toContain('Painopiste ilman tavoitteita');
  });
});

import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx';
import { measureRows } from '../common/measureTable';
import type { ExportThread } from '../types';
import { hostileInput, porvooInput } from '../../../tests/support/exportTestData';

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
    expect(textOf(rows[0] ?? '')).toBe('PainopisteTavoiteToimenpideVastuutahoKohderyhmäHankeMittariAikatauluTila');

    const spans = measureRows(input.data).flatMap((row) => [row.focusAreaSpan, row.goalSpan]).filter((span) => span > 1);
    expect(count(tableXml, /<w:vMerge w:val="restart"\/>/g)).toBe(spans.length);
    expect(count(tableXml, /<w:vMerge(?: w:val="continue")?\/>/g)).toBe(spans.reduce((sum, span) => sum + span - 1, 0));
    // Every row has all nine columns (merged positions included).
    for (const row of rows) expect(count(row, /<w:tc>/g)).toBe(9);

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

  it("prints a measure's projects one a line in the Hanke column, as Word reads it, and an empty cell when it has none", async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: await renderDocx(hostileInput()) });
    expect(html).toContain('<td><p>lapset ja nuoret</p></td><td><p>Liikkuva koulu | &lt;b&gt;hanke&lt;/b&gt;<br />Aspu, asukaslähtöinen</p></td><td><p>+SUM(A1:A9)</p></td>');
    expect(html).toContain('<td><p>ÄÖÅ-yksikkö</p></td><td></td><td></td><td></td><td><p>2025</p></td>');
    expect(html).toContain('<th><p><strong>Kohderyhmä</strong></p></th><th><p><strong>Hanke</strong></p></th><th><p><strong>Mittari</strong></p></th>');
  });

  describe('with comments', () => {
    const HOSTILE = '<script>alert("x")</script> & ]]> <w:t>';
    const threads: ExportThread[] = [
      {
        measureId: 'm2',
        passage: '',
        context: 'Toimenpide: Åtgärd på svenska',
        messages: [
          { author: 'Kaisa <Koordinaattori>', text: `Mikä on tilanne? ${HOSTILE}`, createdAt: '2026-03-12T12:05:00.000Z' },
          { author: 'Maija Meikäläinen', text: 'Aloitettu.\nToinen rivi', createdAt: '2026-03-12T12:10:00.000Z' },
        ],
      },
      {
        measureId: null,
        passage: 'ja kursiivi',
        context: 'Kohta tekstissä: ”ja kursiivi”',
        messages: [{ author: 'Maija Meikäläinen', text: 'Tarkenna tätä.', createdAt: '2026-03-12T12:20:00.000Z' }],
      },
      {
        measureId: null,
        passage: 'sanat joita ei enää ole',
        context: 'Kohta tekstissä: ”sanat joita ei enää ole”',
        messages: [{ author: 'Maija Meikäläinen', text: 'Vanha huomio', createdAt: '2026-03-12T12:30:00.000Z' }],
      },
    ];

    const unescape = (xml: string) =>
      xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

    /** Each comment of comments.xml: its id, author, date and visible text (unescaped, as Word shows it). */
    const commentsIn = (xml: string) =>
      [...xml.matchAll(/<w:comment ([^>]*)>(.*?)<\/w:comment>/gs)].map((m) => ({
        id: /w:id="(\d+)"/.exec(m[1] ?? '')?.[1],
        author: /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1],
        date: /w:date="([^"]*)"/.exec(m[1] ?? '')?.[1],
        text: unescape(textOf(m[2] ?? '')),
      }));

    /** The text between a comment's range start and end in document.xml. */
    const rangeText = (xml: string, id: string | undefined) => {
      const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
      const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
      expect(start).toBeGreaterThan(-1);
      expect(end).toBeGreaterThan(start);
      return unescape(textOf(xml.slice(start, end)));
    };

    it('prints open threads as Word comments on their measure and passage, replies threaded, text escaped', async () => {
      const { read, names } = await unzip(await renderDocx({ ...hostileInput(), comments: threads }));
      expect(names).toEqual(expect.arrayContaining(['word/comments.xml', 'word/commentsExtended.xml']));
      const comments = commentsIn(await read('word/comments.xml'));
      expect(comments.map((c) => c.text)).toEqual([
        `Mikä on tilanne? ${HOSTILE}`,
        'Aloitettu.Toinen rivi',
        'Tarkenna tätä.',
        'Kohta tekstissä: ”sanat joita ei enää ole”Vanha huomio',
      ]);
      expect(comments[0]?.date).toBe('2026-03-12T12:05:00.000Z');
      const raw = await read('word/comments.xml');
      // Hostile text stays text: escaped, never markup.
      expect(raw).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; &lt;w:t&gt;');
      expect(raw).toContain('w:author="Kaisa &lt;Koordinaattori&gt;"');
      expect(raw).not.toContain('<script');
      // The reply hangs under the first message.
      const extended = await read('word/commentsExtended.xml');
      expect(count(extended, /w15:paraIdParent=/g)).toBe(1);

      const xml = await read('word/document.xml');
      expect(rangeText(xml, comments[0]?.id)).toBe('Åtgärd på svenska');
      expect(rangeText(xml, comments[1]?.id)).toBe('Åtgärd på svenska');
      // The passage spans runs of different marks: only its words are inside the range.
      expect(rangeText(xml, comments[2]?.id)).toBe('ja kursiivi');
      // A thread whose words are gone is kept, on the title, saying what it was about.
      expect(rangeText(xml, comments[3]?.id)).toBe('Välfärdsplan: Å/Ä/Ö <b>testi</b>');
      for (const comment of comments) expect(xml).toContain(`<w:commentReference w:id="${comment.id}"/>`);
    });

    it('adds no comments part without threads', async () => {
      const { names } = await unzip(await renderDocx(hostileInput()));
      expect(names).not.toContain('word/comments.xml');
    });
  });
});

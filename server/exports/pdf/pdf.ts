/**
 * The plan as a PDF, made on the server in pure JavaScript (pdfmake on
 * pdfkit): the same pages as the Word export, with Roboto embedded (subset)
 * so ä, ö and å print on any machine, bookmarks for every heading, and the
 * title, author and language in the document's metadata. The text
 * (`textBlocks.ts`) and the measure table (`measureTable.ts`) have their
 * modules beside this one.
 *
 * pdfmake writes no structure tree, so the file is not tagged; the HTML
 * export is the accessible publication.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentInfo, type DocumentInfo } from '../common/documentInfo';
import { MEASURE_TABLE_TITLE, measureRows } from '../common/measureTable';
import { planTextBlocks, topSectionLevel } from '../planText';
import type { ExportInput } from '../types';
import { legend, measureTable } from './measureTable';
import { ACCENT, MARGIN, MUTED } from './styles';
import { Outline, renderBlocks } from './textBlocks';

const require = createRequire(import.meta.url);
const FONT_DIR = path.dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));

pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
// The document is built from plan data only: pdfmake may read its own fonts and fetch nothing.
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === FONT_DIR);
pdfmake.setUrlAccessPolicy(() => false);

function titlePage(info: DocumentInfo): Content {
  const stack: Content[] = [];
  if (info.municipality) stack.push({ text: info.municipality, fontSize: 18, bold: true, color: ACCENT, margin: [0, 0, 0, 24] });
  stack.push({ text: info.title, fontSize: 28, bold: true, color: ACCENT, lineHeight: 1.1, margin: [0, 0, 0, 18] });
  if (info.versionLabel) stack.push({ text: info.versionLabel, fontSize: 16, color: '#404040', margin: [0, 0, 0, 10] });
  stack.push({ text: info.date, fontSize: 13, color: '#404040' });
  return { stack, margin: [0, 200, 0, 0] };
}

function footer(info: DocumentInfo) {
  return (page: number, pages: number): Content | null => {
    // The title page carries no footer.
    if (page === 1) return null;
    return {
      columns: [
        { text: info.title, width: '*' },
        { text: `Sivu ${page} / ${pages}`, width: 'auto', alignment: 'right' },
      ],
      fontSize: 8,
      color: MUTED,
      margin: [MARGIN, 20, MARGIN, 0],
    };
  };
}

export async function renderPdf(input: ExportInput): Promise<Buffer> {
  const info = documentInfo(input);
  const blocks = planTextBlocks(input.data.body, info.title);
  const outline = new Outline();
  const tableLevel = topSectionLevel(blocks);

  const content: Content[] = [titlePage(info)];
  if (blocks.length > 0) content.push({ stack: renderBlocks(blocks, { outline }), pageBreak: 'before' });
  content.push(
    {
      text: MEASURE_TABLE_TITLE,
      style: `h${tableLevel}`,
      outline: true,
      ...outline.add(tableLevel),
      pageBreak: 'before',
      pageOrientation: 'landscape',
    },
    measureTable(measureRows(input.data)),
    legend(),
  );

  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: {
      title: info.title,
      author: info.municipality,
      subject: [MEASURE_TABLE_TITLE, info.versionLabel].filter(Boolean).join(' – '),
      creator: 'Hyte-työtila',
      creationDate: input.date,
    },
    language: 'fi-FI',
    displayTitle: true,
    version: '1.7',
    content,
    footer: footer(info),
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 18, bold: true, color: ACCENT, margin: [0, 18, 0, 8] },
      h2: { fontSize: 15, bold: true, color: ACCENT, margin: [0, 16, 0, 6] },
      h3: { fontSize: 13, bold: true, color: ACCENT, margin: [0, 12, 0, 4] },
      h4: { fontSize: 11.5, bold: true, color: '#262626', margin: [0, 10, 0, 4] },
      p: { margin: [0, 0, 0, 7] },
      li: { margin: [0, 0, 0, 3] },
      list: { margin: [8, 0, 0, 8] },
    },
    // A heading never ends a page: it moves to the next page with the text it heads.
    pageBreakBefore: (node, nodes) => Boolean(node.headlineLevel) && nodes.getFollowingNodesOnPage().length === 0,
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/**
 * The plan as a PDF, made on the server in pure JavaScript (pdfmake on
 * pdfkit): the same pages as the Word export, with Roboto embedded (subset)
 * so ä, ö and å print on any machine, bookmarks for every heading, and the
 * title, author and language in the document's metadata.
 *
 * pdfmake writes no structure tree, so the file is not tagged; the HTML
 * export is the accessible publication.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentInfo, type DocumentInfo } from './documentInfo';
import type { ExportInput } from './exportDocument';
import {
  COLUMNS,
  COLUMN_SHARES,
  MEASURE_TABLE_TITLE,
  STATUS_COLORS,
  STATUS_LEGEND,
  measureCells,
  measureRows,
  statusWords,
  type MeasureRow,
} from './measureTable';
import { inlineText, planTextBlocks, topSectionLevel, type Block, type Inline } from './planText';

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

const ACCENT = '#1F4E79';
const GRID = '#8A8A8A';
const MUTED = '#595959';
/** A4 in points. */
const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const MARGIN = 57;
const LANDSCAPE_MARGIN = 42;

const hex = (color: string) => `#${color}`;

function inlineContent(inlines: Inline[]): Content[] {
  return inlines.map((inline) => {
    if (inline.kind === 'break') return { text: '\n' };
    const decoration = [inline.underline || inline.href ? 'underline' : '', inline.strike ? 'lineThrough' : ''].find(Boolean);
    return {
      text: inline.text,
      bold: inline.bold || undefined,
      italics: inline.italic || undefined,
      decoration: decoration as 'underline' | 'lineThrough' | undefined,
      background: inline.code ? '#F2F2F2' : undefined,
      link: inline.href,
      color: inline.href ? '#0563C1' : undefined,
    };
  });
}

/** Bookmarks: each heading under the nearest heading above it of a higher level. */
class Outline {
  private readonly open: Array<{ level: number; id: string }> = [];
  private count = 0;

  add(level: number): { id: string; outlineParentId?: string } {
    while ((this.open.at(-1)?.level ?? 0) >= level) this.open.pop();
    const id = `h${++this.count}`;
    const parent = this.open.at(-1)?.id;
    this.open.push({ level, id });
    return parent ? { id, outlineParentId: parent } : { id };
  }
}

interface BlockContext {
  outline: Outline;
  /** Inside a table header cell: all text bold. */
  bold?: boolean;
  /** Inside a list item: paragraphs sit closer together. */
  inList?: boolean;
}

function renderBlocks(blocks: Block[], ctx: BlockContext): Content[] {
  return blocks.map((block) => renderBlock(block, ctx));
}

function renderBlock(block: Block, ctx: BlockContext): Content {
  switch (block.kind) {
    case 'heading':
      return {
        text: inlineContent(block.inlines),
        style: `h${block.level}`,
        outline: true,
        outlineText: inlineText(block.inlines).trim(),
        ...ctx.outline.add(block.level),
        headlineLevel: block.level,
      };
    case 'paragraph':
      return { text: inlineContent(block.inlines), style: ctx.inList ? 'li' : 'p', bold: ctx.bold || undefined };
    case 'list': {
      const items = block.items.map((item): Content => {
        const [first, ...rest] = renderBlocks(item, { ...ctx, inList: true });
        return rest.length === 0 && first ? first : { stack: [first ?? '', ...rest] };
      });
      return block.ordered
        ? { ol: items, start: block.start, style: 'list' }
        : { ul: items, style: 'list' };
    }
    case 'quote':
      return { stack: renderBlocks(block.blocks, ctx), margin: [24, 0, 0, 6], italics: true, color: '#333333' };
    case 'code':
      return {
        table: { widths: ['*'], body: [[{ text: block.text, fontSize: 9, preserveLeadingSpaces: true }]] },
        layout: 'noBorders',
        fillColor: '#F2F2F2',
        margin: [0, 0, 0, 8],
      };
    case 'rule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: A4_WIDTH - 2 * MARGIN, y2: 0, lineWidth: 0.5, lineColor: GRID }],
        margin: [0, 6, 0, 10],
      };
    case 'table':
      return renderTextTable(block.rows, ctx);
  }
}

/** pdfmake wants every grid position filled: spanned positions get empty cells. */
function renderTextTable(rows: Extract<Block, { kind: 'table' }>['rows'], ctx: BlockContext): Content {
  const grid: TableCell[][] = [];
  rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of row) {
      while (line[c] !== undefined) c++;
      line[c] = {
        stack: renderBlocks(cell.blocks, { ...ctx, bold: cell.header }),
        colSpan: cell.colspan > 1 ? cell.colspan : undefined,
        rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
        fillColor: cell.header ? '#DCE6F1' : undefined,
      };
      for (let dr = 0; dr < cell.rowspan; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (dr > 0 || dc > 0) (grid[r + dr] ??= [])[c + dc] = {};
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(...grid.map((line) => line.length));
  const body = grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? ''));
  const headerRows = rows[0]?.every((cell) => cell.header) ? 1 : 0;
  return {
    table: { headerRows, widths: Array.from({ length: width }, () => '*'), body },
    layout: gridLayout,
    fontSize: 9.5,
    margin: [0, 4, 0, 10],
  };
}

const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => GRID,
  vLineColor: () => GRID,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

// --- The measure table -------------------------------------------------------

function statusCell(row: MeasureRow): TableCell {
  if (!row.measure) return '';
  const { status, statusNote } = row.measure;
  const { name, label } = statusWords(status);
  const stack: Content[] = [{ text: [{ text: name, bold: true }, label ? ` – ${label}` : ''] }];
  if (statusNote.trim()) stack.push({ text: statusNote.trim(), italics: true, margin: [0, 3, 0, 0] });
  return { stack, fillColor: hex(STATUS_COLORS[status].fill) };
}

function measureTable(rows: MeasureRow[]): Content {
  const width = A4_HEIGHT - 2 * LANDSCAPE_MARGIN;
  const header: TableCell[] = COLUMNS.map((column) => ({
    text: column.label,
    bold: true,
    color: '#FFFFFF',
    fillColor: ACCENT,
  }));
  const body = rows.map((row): TableCell[] => {
    // pdfmake takes a merged cell on its first row and an empty cell in its place on the rows below.
    const focusArea: TableCell =
      row.focusAreaSpan > 0
        ? { text: row.focusArea.title, bold: true, rowSpan: row.focusAreaSpan, fillColor: '#EEF3F8' }
        : {};
    const goal: TableCell = row.goalSpan > 0 ? { text: row.goal?.title ?? '', rowSpan: row.goalSpan } : {};
    return [focusArea, goal, ...measureCells(row.measure), statusCell(row)];
  });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: COLUMN_SHARES.map((share) => share * width - 8.5),
      body: [header, ...body],
    },
    layout: gridLayout,
    fontSize: 8.5,
  };
}

function legend(): Content {
  return {
    unbreakable: true,
    stack: [
      { text: 'Tilan selitteet', bold: true, margin: [0, 10, 0, 4] },
      {
        table: {
          widths: [14, 300],
          body: STATUS_LEGEND.map((entry): TableCell[] => [
            { text: '', fillColor: hex(STATUS_COLORS[entry.status].fill) },
            { text: [{ text: `${entry.colorName}: `, bold: true }, entry.text] },
          ]),
        },
        layout: gridLayout,
        fontSize: 8.5,
      },
    ],
  };
}

// --- The document ---------------------------------------------------------------

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

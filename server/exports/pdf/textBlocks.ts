/**
 * The plan text drawn and tagged: headings (H1–H4, with bookmarks),
 * paragraphs (P), lists (L, LI, Lbl, LBody), quotes (BlockQuote), code,
 * rules (artifacts) and the tables of the text.
 */
import { child, type FontKey, type StructNode } from './pdfDocument';
import type { PageFlow } from './flow';
import { linkNodes, linesHeight, type Line, type Run, type RunStyle } from './lines';
import { drawTable, type CellSpec } from './tableLayout';
import { inlineText, type Block, type Inline } from '../common/planText';
import { BODY_SIZE, GRID, HEADINGS, LINE_HEIGHT, TEXT, TEXT_TABLE_SIZE, hex } from './styles';

/** Bookmarks: each heading under the nearest heading above it of a higher level. */
export class Outline {
  private readonly open: Array<{ level: number; item: PDFKit.PDFOutline }> = [];

  constructor(private readonly root: PDFKit.PDFOutline) {}

  add(level: number, title: string): void {
    while ((this.open.at(-1)?.level ?? 0) >= level) this.open.pop();
    const parent = this.open.at(-1)?.item ?? this.root;
    this.open.push({ level, item: parent.addItem(title) });
  }
}

export interface TextContext {
  flow: PageFlow;
  outline: Outline;
  parent: StructNode;
  /** Left edge and width of the text column (indented in lists and quotes). */
  x: number;
  width: number;
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  /** Inside a list item: paragraphs sit closer together. */
  inList?: boolean;
  listDepth?: number;
}

export function textContext(flow: PageFlow, parent: StructNode, outline: Outline): TextContext {
  return { flow, outline, parent, x: flow.left, width: flow.width, size: BODY_SIZE, color: TEXT };
}

function fontOf(bold: boolean, italic: boolean): FontKey {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

export function runsOf(inlines: Inline[], ctx: Pick<TextContext, 'size' | 'color' | 'bold' | 'italic'>): Run[] {
  return inlines.map((inline): Run => {
    const base: RunStyle = { font: fontOf(Boolean(ctx.bold), Boolean(ctx.italic)), size: ctx.size, color: ctx.color };
    if (inline.kind === 'break') return { text: '\n', style: base };
    return {
      text: inline.text,
      style: {
        ...base,
        font: fontOf(Boolean(ctx.bold) || inline.bold, Boolean(ctx.italic) || inline.italic),
        underline: inline.underline,
        strike: inline.strike,
        code: inline.code,
        href: inline.href,
      },
    };
  });
}

/**
 * Lines tagged as `type`, page by page: a page break between two lines
 * closes the element's marked content and opens it again on the next page.
 */
export function drawLines(ctx: TextContext, type: string, lines: Line[], below: number): StructNode {
  const { flow } = ctx;
  const node = child(flow.doc, ctx.parent, type);
  const links = linkNodes((href) => child(flow.doc, node, 'Link', { alt: href }));
  for (const line of lines) {
    flow.ensure(line.height);
    flow.set.drawLine(line, ctx.x, flow.y, flow.marks, node, links);
    flow.y += line.height;
  }
  flow.marks.close();
  flow.y += below;
  node.el.end();
  return node;
}

export function renderBlocks(blocks: Block[], ctx: TextContext): void {
  for (const block of blocks) renderBlock(block, ctx);
}

function renderBlock(block: Block, ctx: TextContext): void {
  const { flow } = ctx;
  switch (block.kind) {
    case 'heading': {
      const look = HEADINGS[block.level];
      const lines = flow.set.wrap(runsOf(block.inlines, { ...ctx, size: look.size, color: look.color, bold: true }), ctx.width);
      // A heading never ends a page: it goes over with the first lines of what it heads.
      flow.ensure(look.above + linesHeight(lines) + look.below + 2 * BODY_SIZE * LINE_HEIGHT);
      if (!flow.atTop) flow.y += look.above;
      ctx.outline.add(block.level, inlineText(block.inlines).trim() || ' ');
      drawLines(ctx, `H${block.level}`, lines, look.below);
      return;
    }
    case 'paragraph':
      drawLines(ctx, 'P', flow.set.wrap(runsOf(block.inlines, ctx), ctx.width, { emptySize: ctx.size }), ctx.inList ? 3 : 7);
      return;
    case 'list':
      renderList(block, ctx);
      return;
    case 'quote': {
      const quote = child(flow.doc, ctx.parent, 'BlockQuote');
      renderBlocks(block.blocks, { ...ctx, parent: quote, x: ctx.x + 24, width: ctx.width - 24, italic: true, color: '#333333' });
      quote.el.end();
      return;
    }
    case 'code': {
      const style: RunStyle = { font: 'regular', size: 9, color: TEXT };
      const lines = flow.set.wrap([{ text: block.text, style: { ...style, code: true } }], ctx.width, { preserveSpaces: true, emptySize: 9 });
      drawLines(ctx, 'Code', lines, 8);
      return;
    }
    case 'rule':
      flow.ensure(16);
      flow.y += 6;
      flow.marks.artifact(() => {
        flow.doc.lineWidth(0.5).strokeColor(GRID).moveTo(ctx.x, flow.y).lineTo(ctx.x + ctx.width, flow.y).stroke();
      }, 'Layout');
      flow.y += 10;
      return;
    case 'table':
      renderTextTable(block.rows, ctx);
      return;
  }
}

function renderList(block: Extract<Block, { kind: 'list' }>, ctx: TextContext): void {
  const { flow } = ctx;
  const depth = ctx.listDepth ?? 0;
  const indent = 8 + 14;
  const list = child(flow.doc, ctx.parent, 'L');
  block.items.forEach((item, index) => {
    const li = child(flow.doc, list, 'LI');
    const label = block.ordered ? `${block.start + index}.` : depth === 0 ? '•' : '–';
    const labelLines = flow.set.wrap([{ text: label, style: { font: 'regular', size: ctx.size, color: ctx.color } }], indent);
    flow.ensure(ctx.size * LINE_HEIGHT);
    const y = flow.y;
    drawLines({ ...ctx, parent: li, x: ctx.x + 8 }, 'Lbl', labelLines, 0);
    flow.y = y;
    const body = child(flow.doc, li, 'LBody');
    renderBlocks(item, { ...ctx, parent: body, x: ctx.x + indent, width: ctx.width - indent, inList: true, listDepth: depth + 1 });
    body.el.end();
    li.el.end();
  });
  flow.y += ctx.inList ? 0 : 5;
  list.el.end();
}

/** The paragraphs of a text table's cell; a list in a cell keeps its labels as text. */
function cellParagraphs(blocks: Block[], ctx: TextContext): Run[][] {
  return blocks.flatMap((block): Run[][] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return [runsOf(block.inlines, ctx)];
      case 'list':
        return block.items.flatMap((item, index) => {
          const [first = [], ...rest] = cellParagraphs(item, ctx);
          const label: Run = { text: block.ordered ? `${block.start + index}. ` : '• ', style: { font: 'regular', size: ctx.size, color: ctx.color } };
          return [[label, ...first], ...rest];
        });
      case 'quote':
        return cellParagraphs(block.blocks, { ...ctx, italic: true });
      case 'code':
        return [[{ text: block.text, style: { font: 'regular', size: 9, color: TEXT, code: true } }]];
      case 'rule':
        return [];
      case 'table':
        return block.rows.flatMap((row) => row.flatMap((cell) => cellParagraphs(cell.blocks, ctx)));
    }
  });
}

function renderTextTable(rows: Extract<Block, { kind: 'table' }>['rows'], ctx: TextContext): void {
  const { flow } = ctx;
  const columns = Math.max(1, ...rows.map((row) => row.reduce((sum, cell) => sum + cell.colspan, 0)));
  const headerRows = rows[0]?.every((cell) => cell.header) && rows.length > 1 ? 1 : 0;
  const cellCtx = { ...ctx, size: TEXT_TABLE_SIZE };
  const toCell = (cell: (typeof rows)[number][number], inHeader: boolean): CellSpec => ({
    paragraphs: cellParagraphs(cell.blocks, { ...cellCtx, bold: cell.header || ctx.bold }),
    scope: cell.header ? (inHeader ? 'Column' : 'Row') : undefined,
    rowspan: cell.rowspan,
    colspan: cell.colspan,
    fill: cell.header ? hex('DCE6F1') : undefined,
  });
  flow.y += 4;
  drawTable(flow, ctx.parent, {
    left: ctx.x,
    widths: Array.from({ length: columns }, () => ctx.width / columns),
    header: rows.slice(0, headerRows).map((row) => row.map((cell) => ({ ...toCell(cell, true), rowspan: 1 }))),
    body: rows.slice(headerRows).map((row) => row.map((cell) => toCell(cell, false))),
  });
  flow.y += 10;
}

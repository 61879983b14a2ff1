/**
 * The plan text as pdfmake content: headings with bookmarks, paragraphs,
 * lists, quotes, code, rules and the tables of the text.
 */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { inlineText, type Block, type Inline } from '../planText';
import { A4_WIDTH, GRID, MARGIN, gridLayout } from './styles';

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
export class Outline {
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

export interface BlockContext {
  outline: Outline;
  /** Inside a table header cell: all text bold. */
  bold?: boolean;
  /** Inside a list item: paragraphs sit closer together. */
  inList?: boolean;
}

export function renderBlocks(blocks: Block[], ctx: BlockContext): Content[] {
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

/**
 * The plan text as Word paragraphs and tables: headings in Word's heading
 * styles, lists as real Word numbering, quotes, code, rules and the tables of
 * the text, with the passages of open comment threads marked when asked for.
 */
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type INumberingOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Inline } from '../common/planText';
import type { WordComments } from './docxComments';
import { CELL_BORDERS, CELL_MARGINS, CODE_FONT, GRID, HEADINGS } from './styles';

const BULLETS = '•◦▪';
const LIST_INDENT = 360;

function listLevels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : (BULLETS[level % 3] ?? '•'),
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT * (level + 2), hanging: LIST_INDENT } } },
  }));
}

/**
 * Word numbering for the lists of one document: one bullet definition, and
 * a numbered definition per start value, each numbered list its own instance
 * so that it counts from its start again.
 */
export class Lists {
  private readonly starts = new Set<number>([1]);
  private nextInstance = 1;

  bullet(level: number): { reference: string; level: number } {
    return { reference: 'bullets', level };
  }

  numbered(start: number): (level: number) => { reference: string; level: number; instance: number } {
    this.starts.add(start);
    const instance = this.nextInstance++;
    return (level) => ({ reference: `numbers-${start}`, level, instance });
  }

  config(): INumberingOptions['config'] {
    return [
      { reference: 'bullets', levels: listLevels(false, 1) },
      ...[...this.starts].map((start) => ({ reference: `numbers-${start}`, levels: listLevels(true, start) })),
    ];
  }
}

/** Runs of a text that may hold line breaks (measure table cells). */
export function textRuns(text: string, style: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

/** `force` sets what the context imposes: bold in table header cells, italics in quotes. */
function inlineRuns(inlines: Inline[], force: { bold?: boolean; italic?: boolean } = {}): ParagraphChild[] {
  return inlines.map((inline) => {
    if (inline.kind === 'break') return new TextRun({ break: 1 });
    const run = new TextRun({
      text: inline.text,
      bold: inline.bold || force.bold || undefined,
      italics: inline.italic || force.italic || undefined,
      strike: inline.strike || undefined,
      underline: inline.underline ? {} : undefined,
      font: inline.code ? CODE_FONT : undefined,
      style: inline.href ? 'Hyperlink' : undefined,
    });
    return inline.href ? new ExternalHyperlink({ link: inline.href, children: [run] }) : run;
  });
}

export interface BlockContext {
  lists: Lists;
  /** Left indent of the blocks inside a list item or quote, in twips. */
  indent: number;
  /** Width available to a table here, in twips. */
  width: number;
  /** Inside a header cell of a table: all text bold. */
  bold?: boolean;
  /** Inside a quote: all text italic. */
  italic?: boolean;
  /** Open comment threads to mark on their passages, when asked for. */
  comments?: WordComments;
}

/** A paragraph's runs, with the passages of comment threads marked in them. */
function paragraphRuns(inlines: Inline[], ctx: BlockContext, force: { bold?: boolean; italic?: boolean } = ctx): ParagraphChild[] {
  const render = (part: Inline[]) => inlineRuns(part, force);
  return ctx.comments ? ctx.comments.inText(inlines, render) : render(inlines);
}

export function renderBlocks(blocks: Block[], ctx: BlockContext): Array<Paragraph | Table> {
  return blocks.flatMap((block) => renderBlock(block, ctx));
}

function renderBlock(block: Block, ctx: BlockContext): Array<Paragraph | Table> {
  const indent = ctx.indent > 0 ? { left: ctx.indent } : undefined;
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: paragraphRuns(block.inlines, ctx, {}) })];
    case 'paragraph':
      return [new Paragraph({ children: paragraphRuns(block.inlines, ctx), indent })];
    case 'list':
      return renderList(block, ctx, 0);
    case 'quote':
      return renderBlocks(block.blocks, { ...ctx, indent: ctx.indent + 567, italic: true });
    case 'code':
      return block.text.split(/\r?\n/).map(
        (line) =>
          new Paragraph({
            children: [new TextRun({ text: line, font: CODE_FONT, size: 19 })],
            indent,
            spacing: { after: 0 },
            shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
          }),
      );
    case 'rule':
      return [
        new Paragraph({
          children: [],
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: GRID, space: 1 } },
        }),
      ];
    case 'table':
      return [renderTextTable(block.rows, ctx), new Paragraph({ children: [] })];
  }
}

function renderList(block: Extract<Block, { kind: 'list' }>, ctx: BlockContext, level: number): Array<Paragraph | Table> {
  const numbering = block.ordered ? ctx.lists.numbered(block.start) : (l: number) => ctx.lists.bullet(l);
  const itemIndent = LIST_INDENT * (level + 2);
  return block.items.flatMap((item) =>
    item.flatMap((child, index) => {
      if (child.kind === 'list') return renderList(child, ctx, level + 1);
      if (index === 0 && (child.kind === 'paragraph' || child.kind === 'heading')) {
        return [
          new Paragraph({
            children: paragraphRuns(child.inlines, ctx),
            numbering: numbering(level),
            spacing: { after: 60 },
          }),
        ];
      }
      // Further paragraphs of an item line up with its text, without a bullet of their own.
      return renderBlock(child, { ...ctx, indent: itemIndent });
    }),
  );
}

function renderTextTable(rows: Extract<Block, { kind: 'table' }>['rows'], ctx: BlockContext): Table {
  const columns = Math.max(...rows.map((row) => row.reduce((sum, cell) => sum + cell.colspan, 0)));
  const width = ctx.width - ctx.indent;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(width / columns)),
    indent: ctx.indent > 0 ? { size: ctx.indent, type: WidthType.DXA } : undefined,
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 && row.every((cell) => cell.header),
          children: row.map(
            (cell) =>
              new TableCell({
                columnSpan: cell.colspan > 1 ? cell.colspan : undefined,
                rowSpan: cell.rowspan > 1 ? cell.rowspan : undefined,
                borders: CELL_BORDERS,
                margins: CELL_MARGINS,
                shading: cell.header ? { type: ShadingType.CLEAR, fill: 'DCE6F1', color: 'auto' } : undefined,
                children: nonEmpty(renderBlocks(cell.blocks, { ...ctx, indent: 0, width: width / columns, bold: cell.header })),
              }),
          ),
        }),
    ),
  });
}

/** Word needs at least one paragraph in every cell. */
function nonEmpty(children: Array<Paragraph | Table>): Array<Paragraph | Table> {
  return children.length > 0 ? children : [new Paragraph({ children: [] })];
}

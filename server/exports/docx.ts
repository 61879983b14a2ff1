/**
 * The plan as a Word document, laid out the way a municipality makes its own:
 * a title page, the plan text with Word's heading and list styles (so the
 * navigation pane, a table of contents and screen readers work), and the
 * measure table on landscape pages as a real Word table with merged
 * focus-area and goal cells, a header row repeated on every page, and
 * statuses shaded and worded.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignSection,
  WidthType,
  type ILevelsOptions,
  type INumberingOptions,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { documentInfo, type DocumentInfo } from './documentInfo';
import { WordComments } from './docxComments';
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
import { planTextBlocks, topSectionLevel, type Block, type HeadingLevel as Level, type Inline } from './planText';

const FONT = 'Calibri';
const CODE_FONT = 'Consolas';
const ACCENT = '1F4E79';
const GRID = '8A8A8A';

/** A4 in twentieths of a point, given portrait; `docx` swaps them for landscape sections. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
const LANDSCAPE_MARGIN = { top: 851, bottom: 851, left: 851, right: 851 };
/** The measure table fills the landscape page between its margins. */
const TABLE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;

const HEADINGS: Record<Level, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
};

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
class Lists {
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
function textRuns(text: string, style: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun[] {
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

interface BlockContext {
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

function renderBlocks(blocks: Block[], ctx: BlockContext): Array<Paragraph | Table> {
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

const CELL_BORDERS = {
  top: { style: BorderStyle.SINGLE, size: 4, color: GRID },
  bottom: { style: BorderStyle.SINGLE, size: 4, color: GRID },
  left: { style: BorderStyle.SINGLE, size: 4, color: GRID },
  right: { style: BorderStyle.SINGLE, size: 4, color: GRID },
};
const CELL_MARGINS = { top: 57, bottom: 57, left: 85, right: 85 };

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

// --- The measure table -------------------------------------------------------

const TABLE_FONT_SIZE = 18; // 9 pt in half-points

function measureCell(
  children: Paragraph[],
  options: { width: number; rowSpan?: number; fill?: string } = { width: 0 },
): TableCell {
  return new TableCell({
    children,
    rowSpan: options.rowSpan && options.rowSpan > 1 ? options.rowSpan : undefined,
    width: { size: options.width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: CELL_MARGINS,
    shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
  });
}

const cellParagraph = (children: ParagraphChild[]) => new Paragraph({ children, spacing: { after: 0, line: 252, lineRule: LineRuleType.AUTO } });

const plainCell = (text: string, width: number, bold = false) =>
  measureCell([cellParagraph(textRuns(text, { size: TABLE_FONT_SIZE, bold: bold || undefined }))], { width });

function statusCell(row: MeasureRow, width: number): TableCell {
  if (!row.measure) return plainCell('', width);
  const { status, statusNote } = row.measure;
  const { name, label } = statusWords(status);
  const words = [new TextRun({ text: name, bold: true, size: TABLE_FONT_SIZE })];
  if (label) words.push(new TextRun({ text: ` – ${label}`, size: TABLE_FONT_SIZE }));
  const paragraphs = [cellParagraph(words)];
  if (statusNote.trim()) {
    paragraphs.push(
      new Paragraph({
        children: textRuns(statusNote.trim(), { size: TABLE_FONT_SIZE, italics: true }),
        spacing: { before: 60, after: 0 },
      }),
    );
  }
  return measureCell(paragraphs, { width, fill: STATUS_COLORS[status].fill });
}

/** A measure's title, with the Word comments of its open threads around it. */
function titleCell(row: MeasureRow, text: string, width: number, comments: WordComments | undefined): TableCell {
  const [before, after] = row.measure && comments ? comments.aroundMeasure(row.measure.id) : [[], []];
  return measureCell([cellParagraph([...before, ...textRuns(text, { size: TABLE_FONT_SIZE }), ...after])], { width });
}

function measureTable(rows: MeasureRow[], comments?: WordComments): Table {
  const widths = COLUMN_SHARES.map((share) => Math.floor(TABLE_WIDTH * share));
  const width = (i: number) => widths[i] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: COLUMNS.map((column, i) =>
      measureCell(
        [cellParagraph([new TextRun({ text: column.label, bold: true, color: 'FFFFFF', size: TABLE_FONT_SIZE })])],
        { width: width(i), fill: ACCENT },
      ),
    ),
  });
  const body = rows.map((row) => {
    const cells: TableCell[] = [];
    // A merged cell is given on the first row it covers; docx writes the vMerge continuations below it.
    if (row.focusAreaSpan > 0) {
      cells.push(
        measureCell([cellParagraph(textRuns(row.focusArea.title, { size: TABLE_FONT_SIZE, bold: true }))], {
          width: width(0),
          rowSpan: row.focusAreaSpan,
          fill: 'EEF3F8',
        }),
      );
    }
    if (row.goalSpan > 0) {
      cells.push(
        measureCell([cellParagraph(textRuns(row.goal?.title ?? '', { size: TABLE_FONT_SIZE }))], {
          width: width(1),
          rowSpan: row.goalSpan,
        }),
      );
    }
    measureCells(row.measure).forEach((text, i) =>
      cells.push(i === 0 ? titleCell(row, text, width(2), comments) : plainCell(text, width(i + 2))),
    );
    cells.push(statusCell(row, width(COLUMNS.length - 1)));
    return new TableRow({ cantSplit: true, children: cells });
  });
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, ...body],
  });
}

function legend(): Array<Paragraph | Table> {
  const swatch = 400;
  return [
    new Paragraph({
      children: [new TextRun({ text: 'Tilan selitteet', bold: true })],
      spacing: { before: 240, after: 80 },
      keepNext: true,
    }),
    new Table({
      width: { size: 7000, type: WidthType.DXA },
      columnWidths: [swatch, 7000 - swatch],
      layout: TableLayoutType.FIXED,
      rows: STATUS_LEGEND.map(
        (entry) =>
          new TableRow({
            cantSplit: true,
            children: [
              measureCell([cellParagraph([])], { width: swatch, fill: STATUS_COLORS[entry.status].fill }),
              measureCell(
                [
                  cellParagraph([
                    new TextRun({ text: `${entry.colorName}: `, bold: true, size: TABLE_FONT_SIZE }),
                    new TextRun({ text: entry.text, size: TABLE_FONT_SIZE }),
                  ]),
                ],
                { width: 7000 - swatch },
              ),
            ],
          }),
      ),
    }),
  ];
}

// --- Sections ------------------------------------------------------------------

/** `around`: comment markers of threads that found no other place. */
function titlePage(info: DocumentInfo, around: [ParagraphChild[], ParagraphChild[]] = [[], []]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  if (info.municipality) {
    paragraphs.push(
      new Paragraph({
        children: [new TextRun({ text: info.municipality, size: 36, bold: true, color: ACCENT })],
        spacing: { before: 3600, after: 480 },
      }),
    );
  }
  paragraphs.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [...around[0], new TextRun(info.title), ...around[1]] }));
  if (info.versionLabel) {
    paragraphs.push(
      new Paragraph({ children: [new TextRun({ text: info.versionLabel, size: 32, color: '404040' })], spacing: { after: 240 } }),
    );
  }
  paragraphs.push(new Paragraph({ children: [new TextRun({ text: info.date, size: 26, color: '404040' })] }));
  return paragraphs;
}

/** The plan's title and `Sivu 3 / 12` under a thin rule; `width` puts the page number at the right margin. */
function footer(info: DocumentInfo, width: number): Footer {
  const style = { size: 16, color: '595959' };
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: GRID, space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({ text: info.title, ...style }),
          new TextRun({ children: ['\tSivu ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], ...style }),
        ],
      }),
    ],
  });
}

export async function renderDocx(input: ExportInput): Promise<Buffer> {
  const info = documentInfo(input);
  const blocks = planTextBlocks(input.data.body, info.title);
  const lists = new Lists();
  const portrait = { page: { size: A4, margin: MARGIN } };
  const comments = input.comments ? new WordComments(input.comments) : undefined;
  // The text and the table first: the comments they do not place go on the title page.
  const text = renderBlocks(blocks, { lists, indent: 0, width: TEXT_WIDTH, comments });
  const table = measureTable(measureRows(input.data), comments);

  const sections: ISectionOptions[] = [
    {
      properties: { ...portrait, verticalAlign: VerticalAlignSection.CENTER },
      children: titlePage(info, comments?.unplaced()),
    },
  ];
  if (blocks.length > 0) {
    sections.push({
      properties: { ...portrait, type: SectionType.NEXT_PAGE },
      footers: { default: footer(info, TEXT_WIDTH) },
      children: text,
    });
  }
  sections.push({
    properties: {
      type: SectionType.NEXT_PAGE,
      page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN },
    },
    footers: { default: footer(info, TABLE_WIDTH) },
    children: [
      new Paragraph({ heading: HEADINGS[topSectionLevel(blocks)], children: [new TextRun(MEASURE_TABLE_TITLE)] }),
      table,
      ...legend(),
    ],
  });

  const doc = new Document({
    title: info.title,
    subject: info.versionLabel,
    creator: info.municipality ?? '',
    lastModifiedBy: info.municipality ?? '',
    description: [info.title, info.versionLabel, info.date].filter(Boolean).join(', '),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: 'fi-FI' } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 56, bold: true, color: ACCENT },
          paragraph: { spacing: { after: 360 } },
        },
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 480, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: 30, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 26, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 240, after: 100 }, keepNext: true },
        },
        heading4: {
          run: { font: FONT, size: 23, bold: true, color: '262626' },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
        hyperlink: { run: { color: '0563C1', underline: {} } },
      },
    },
    numbering: { config: lists.config() },
    ...(comments ? { comments: comments.options() } : {}),
    sections,
  });
  return Packer.toBuffer(doc);
}

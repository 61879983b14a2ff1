/**
 * The measure table as a real Word table on landscape pages: merged
 * focus-area and goal cells, a header row repeated on every page, statuses
 * shaded and worded, the comments of a measure around its title, and the
 * legend of the colours under it.
 */
import { LineRuleType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import { COLUMNS, COLUMN_SHARES, LEGEND_TITLE, STATUS_LEGEND, measureCells, statusCellContent, type MeasureRow } from '../common/measureTable';
import type { WordComments } from './docxComments';
import { ACCENT, CELL_BORDERS, CELL_MARGINS, TABLE_WIDTH } from './styles';
import { textRuns } from './textBlocks';

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
  const { name, label, note, fill } = statusCellContent(row.measure);
  const words = [new TextRun({ text: name, bold: true, size: TABLE_FONT_SIZE })];
  if (label) words.push(new TextRun({ text: ` – ${label}`, size: TABLE_FONT_SIZE }));
  const paragraphs = [cellParagraph(words)];
  if (note) {
    paragraphs.push(
      new Paragraph({
        children: textRuns(note, { size: TABLE_FONT_SIZE, italics: true }),
        spacing: { before: 60, after: 0 },
      }),
    );
  }
  return measureCell(paragraphs, { width, fill });
}

/** A measure's title, with the Word comments of its open threads around it. */
function titleCell(row: MeasureRow, text: string, width: number, comments: WordComments | undefined): TableCell {
  const [before, after] = row.measure && comments ? comments.aroundMeasure(row.measure.id) : [[], []];
  return measureCell([cellParagraph([...before, ...textRuns(text, { size: TABLE_FONT_SIZE }), ...after])], { width });
}

/** One row per measure, the focus-area and goal cells merged down their rows, the header row on every page. */
export function measureTable(rows: MeasureRow[], comments?: WordComments): Table {
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

/** What each colour means, under the table. */
export function legend(): Array<Paragraph | Table> {
  const swatch = 400;
  return [
    new Paragraph({
      children: [new TextRun({ text: LEGEND_TITLE, bold: true })],
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
              measureCell([cellParagraph([])], { width: swatch, fill: entry.fill }),
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

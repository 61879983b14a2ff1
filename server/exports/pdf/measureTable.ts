/** The measure table on landscape pages, statuses shaded and worded, and the legend of the colours under it. */
import { COLUMNS, COLUMN_SHARES, LEGEND_TITLE, STATUS_LEGEND, measureCells, statusCellContent, type MeasureRow } from '../common/measureTable';
import type { PageFlow } from './flow';
import type { Run, RunStyle } from './lines';
import type { StructNode } from './pdfDocument';
import { drawTable, type CellSpec } from './tableLayout';
import { drawLines, type TextContext } from './textBlocks';
import { ACCENT, LINE_HEIGHT, TABLE_SIZE, TEXT, hex } from './styles';

const plain: RunStyle = { font: 'regular', size: TABLE_SIZE, color: TEXT };
const bold: RunStyle = { ...plain, font: 'bold' };
const italic: RunStyle = { ...plain, font: 'italic' };

const textCell = (text: string, style: RunStyle = plain): CellSpec => ({ paragraphs: text ? [[{ text, style }]] : [] });

function statusCell(row: MeasureRow): CellSpec {
  if (!row.measure) return textCell('');
  const { name, label, note, fill } = statusCellContent(row.measure);
  const words: Run[] = [{ text: name, style: bold }];
  if (label) words.push({ text: ` – ${label}`, style: plain });
  return { paragraphs: note ? [words, [{ text: note, style: italic }]] : [words], fill: hex(fill) };
}

/**
 * One row per measure; the focus-area and goal cells merged down their rows
 * are the rows' headers (TH, scope Row), the column names the table's (TH,
 * scope Column) on every page.
 */
export function drawMeasureTable(flow: PageFlow, parent: StructNode, rows: MeasureRow[]): void {
  const header = COLUMNS.map((column): CellSpec => ({
    paragraphs: [[{ text: column.label, style: { ...bold, color: '#FFFFFF' } }]],
    scope: 'Column',
    fill: ACCENT,
  }));
  const body = rows.map((row) => {
    const cells: CellSpec[] = [];
    if (row.focusAreaSpan > 0) {
      cells.push({ ...textCell(row.focusArea.title, bold), scope: 'Row', rowspan: row.focusAreaSpan, fill: '#EEF3F8', repeatOnNewPage: true });
    }
    if (row.goalSpan > 0) cells.push({ ...textCell(row.goal?.title ?? ''), scope: 'Row', rowspan: row.goalSpan, repeatOnNewPage: true });
    cells.push(...measureCells(row.measure).map((text) => textCell(text)), statusCell(row));
    return cells;
  });
  drawTable(flow, parent, { widths: COLUMN_SHARES.map((share) => share * flow.width), header: [header], body });
}

/** What each colour means, under the table, kept on one page: its title, then a swatch and the words per status. */
export function drawLegend(ctx: TextContext): void {
  const { flow } = ctx;
  const rowHeight = TABLE_SIZE * LINE_HEIGHT + 6;
  flow.ensure(10 + TABLE_SIZE * LINE_HEIGHT + 4 + STATUS_LEGEND.length * rowHeight);
  flow.y += 10;
  drawLines({ ...ctx, size: TABLE_SIZE }, 'P', flow.set.wrap([{ text: LEGEND_TITLE, style: bold }], ctx.width), 4);
  drawTable(flow, ctx.parent, {
    widths: [14, 300],
    header: [],
    body: STATUS_LEGEND.map((entry) => [
      { paragraphs: [], fill: hex(entry.fill) },
      { paragraphs: [[{ text: `${entry.colorName}: `, style: bold }, { text: entry.text, style: plain }]] },
    ]),
  });
}

/** The measure table on landscape pages, statuses shaded and worded, and the legend of the colours under it. */
import type { Content, TableCell } from 'pdfmake/interfaces';
import { COLUMNS, COLUMN_SHARES, LEGEND_TITLE, STATUS_LEGEND, measureCells, statusCellContent, type MeasureRow } from '../common/measureTable';
import { ACCENT, A4_HEIGHT, LANDSCAPE_MARGIN, gridLayout, hex } from './styles';

function statusCell(row: MeasureRow): TableCell {
  if (!row.measure) return '';
  const { name, label, note, fill } = statusCellContent(row.measure);
  const stack: Content[] = [{ text: [{ text: name, bold: true }, label ? ` – ${label}` : ''] }];
  if (note) stack.push({ text: note, italics: true, margin: [0, 3, 0, 0] });
  return { stack, fillColor: hex(fill) };
}

/** One row per measure, the focus-area and goal cells merged down their rows, the header row on every page. */
export function measureTable(rows: MeasureRow[]): Content {
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

/** What each colour means, under the table, kept on one page. */
export function legend(): Content {
  return {
    unbreakable: true,
    stack: [
      { text: LEGEND_TITLE, bold: true, margin: [0, 10, 0, 4] },
      {
        table: {
          widths: [14, 300],
          body: STATUS_LEGEND.map((entry): TableCell[] => [
            { text: '', fillColor: hex(entry.fill) },
            { text: [{ text: `${entry.colorName}: `, bold: true }, entry.text] },
          ]),
        },
        layout: gridLayout,
        fontSize: 8.5,
      },
    ],
  };
}

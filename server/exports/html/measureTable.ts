/** The measure table as an accessible HTML table, statuses shaded and worded, with the legend of the colours. */
import type { PlanData } from '../../../shared/plan';
import { COLUMNS, LEGEND_TITLE, MEASURE_TABLE_TITLE, STATUS_LEGEND, measureCells, measureRows, statusCellContent, type MeasureRow } from '../common/measureTable';
import { multiline, rowspan } from './textBlocks';

function statusCell(row: MeasureRow): string {
  if (!row.measure) return '<td></td>';
  const { status, name, label, note } = statusCellContent(row.measure);
  const words = label ? `<strong>${name}</strong> – ${label}` : `<strong>${name}</strong>`;
  const noteHtml = note ? `<span class="note">${multiline(note)}</span>` : '';
  return `<td class="status status-${status}"><span class="marker" aria-hidden="true"></span>${words}${noteHtml}</td>`;
}

/** The measure table as a section: real row and column headers, a `tbody` per focus area, and the legend of the colours. */
export function measureTable(data: PlanData, level: number): string {
  const heads = COLUMNS.map((column) => `<th scope="col">${column.label}</th>`).join('');
  const groups: string[][] = [];
  for (const row of measureRows(data)) {
    const cells: string[] = [];
    if (row.focusAreaSpan > 0) {
      groups.push([]);
      cells.push(`<th scope="rowgroup"${rowspan(row.focusAreaSpan)}>${multiline(row.focusArea.title)}</th>`);
    }
    if (row.goalSpan > 0) cells.push(`<th scope="row"${rowspan(row.goalSpan)}>${multiline(row.goal?.title ?? '')}</th>`);
    cells.push(...measureCells(row.measure).map((text) => `<td>${multiline(text)}</td>`), statusCell(row));
    groups.at(-1)?.push(`<tr>${cells.join('')}</tr>`);
  }
  const bodies = groups.map((rows) => `<tbody>${rows.join('')}</tbody>`).join('');
  const legend = STATUS_LEGEND.map(
    (entry) =>
      `<li class="status-${entry.status}"><span class="marker" aria-hidden="true"></span>${entry.colorName}: ${entry.text}</li>`,
  ).join('');
  return `<section aria-labelledby="toimenpidetaulukko">
<h${level} id="toimenpidetaulukko">${MEASURE_TABLE_TITLE}</h${level}>
<div class="table-wrap"><table class="measures">
<caption>${MEASURE_TABLE_TITLE}: painopisteet, tavoitteet ja toimenpiteet sekä niiden vastuutahot, kohderyhmät, hankkeet ja tila</caption>
<colgroup>${COLUMNS.map((column) => `<col style="width:${column.share}%">`).join('')}</colgroup>
<thead><tr>${heads}</tr></thead>
${bodies}
</table></div>
<h${Math.min(level + 1, 6)} class="legend-title">${LEGEND_TITLE}</h${Math.min(level + 1, 6)}>
<ul class="legend">${legend}</ul>
</section>`;
}

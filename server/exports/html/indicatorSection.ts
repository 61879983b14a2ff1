/**
 * The indicators section of the HTML export: the summary table (latest
 * value, changes, target, on track or not, in words), the source line with
 * the cache's date, then per indicator its chart as inline SVG (an image
 * named and described for assistive technology) and its figures as a table.
 */
import type { IndicatorExportSection, ExportedIndicator } from '../../indicators/exportSection';
import { escapeHtml } from './textBlocks';

export const INDICATOR_CSS = `
.indicators figure{margin:1em 0;max-width:56rem}
.indicators figure svg{display:block;width:100%;height:auto}
.indicators figcaption,.indicators .source{font-size:.9rem;color:#3b3b3b}
.indicators .stale{border-left:4px solid #a4410e;padding:.2em .8em;background:#fdf3ec}
.indicator-summary tbody th{font-weight:normal}
.indicator-summary .assessment{font-weight:600}
.figures{width:auto;font-size:.9rem}
.figures td{text-align:right}
@media print{
  .indicators section{break-before:auto}
  .indicators .indicator{break-inside:avoid}
}`;

const heading = (level: number) => Math.min(level, 6);

function summaryTable(section: IndicatorExportSection): string {
  const [first, ...rest] = section.summaryColumns;
  const head = `<th scope="col">${escapeHtml(first!)}</th>${rest.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}`;
  const rows = section.report.rows.map((row) => {
    const [title, ...cells] = section.summaryCells(row);
    const assessment = cells.pop()!;
    const data = cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('');
    return `<tr><th scope="row">${escapeHtml(title!)}</th>${data}<td class="assessment assessment-${row.progress.assessment.kind}">${escapeHtml(assessment)}</td></tr>`;
  });
  return `<div class="table-wrap"><table class="indicator-summary">
<caption>${escapeHtml(section.words.tableCaption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>${rows.join('')}</tbody>
</table></div>`;
}

/** The indicator's figures as a table: a row a year, a column per line of its chart (also under a chart in the text). */
export function figuresTable(section: IndicatorExportSection, item: ExportedIndicator): string {
  const { table } = item;
  if (table.rows.length === 0) return '';
  const [year, ...lines] = table.columns;
  const head = `<th scope="col">${escapeHtml(year!.label)}</th>${lines.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('')}`;
  const rows = table.rows.map(
    (row) => `<tr><th scope="row">${row.year}</th>${lines.map((c) => `<td>${escapeHtml(section.figure(row[c.key] ?? null, table.decimals))}</td>`).join('')}</tr>`,
  );
  return `<div class="table-wrap"><table class="figures">
<caption>${escapeHtml(table.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>${rows.join('')}</tbody>
</table></div>`;
}

function indicator(section: IndicatorExportSection, item: ExportedIndicator, index: number, level: number): string {
  const id = `mittari-${index + 1}`;
  const { row } = item;
  const source = [row.sourceLine, row.staleNote].filter(Boolean).map((text) => escapeHtml(text!)).join(' ');
  // The SVG is the server's own (chartSvg.ts), its user text escaped there: it goes in as it is.
  const chart = item.svg
    ? `<figure>${item.svg}<figcaption>${source}</figcaption></figure>`
    : `<p class="problem">${escapeHtml(row.problem ?? '')}</p>${source ? `<p class="source">${source}</p>` : ''}`;
  return `<section class="indicator" aria-labelledby="${id}">
<h${heading(level + 1)} id="${id}">${escapeHtml(row.title)}</h${heading(level + 1)}>
${chart}
${figuresTable(section, item)}
</section>`;
}

/** The section at heading `level` (the level of the measure table's heading). */
export function indicatorSectionHtml(section: IndicatorExportSection, level: number): string {
  const { words, report } = section;
  return `<section class="indicators" aria-labelledby="mittarit">
<h${heading(level)} id="mittarit">${escapeHtml(words.sectionTitle)}</h${heading(level)}>
<p>${escapeHtml(words.sectionIntro)}</p>
${report.staleNote ? `<p class="stale" role="note">${escapeHtml(report.staleNote)}</p>\n` : ''}${summaryTable(section)}
${report.sourceLine ? `<p class="source">${escapeHtml(report.sourceLine)}</p>\n` : ''}${section.indicators.map((item, i) => indicator(section, item, i, level)).join('\n')}
</section>`;
}

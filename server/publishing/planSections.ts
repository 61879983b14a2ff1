/**
 * The sections of the public plan page: the plan text with ids on its
 * headings (for the table of contents), the status summary and the yearly
 * report's counts, every status worded and not only coloured.
 */
import { buildYearlyReport, STATUSES, STATUS_WORDING, type PlanData, type StatusCounts } from '../../shared/plan';
import { indicatorBlockHtml } from '../exports/html/indicatorBlock';
import { escapeHtml, renderBlock } from '../exports/html/textBlocks';
import type { HeadingLevel, Inline, TopBlock } from '../exports/common/planText';
import type { IndicatorExportSection } from '../indicators/exportSection';

export interface TocEntry {
  id: string;
  level: number;
  text: string;
}

const inlineText = (inlines: Inline[]) => inlines.map((i) => (i.kind === 'text' ? i.text : ' ')).join('').replace(/\s+/g, ' ').trim();

/** The plan text; each heading gets `id="osio-N"` and an entry in `toc`; its indicator charts are drawn where they stand. */
export function textSection(blocks: readonly TopBlock[], toc: TocEntry[], indicators: IndicatorExportSection | null): string {
  let charts = 0;
  return blocks
    .map((block) => {
      if (block.kind === 'indicatorChart') return indicatorBlockHtml(indicators, block, ++charts);
      const html = renderBlock(block);
      if (block.kind !== 'heading') return html;
      const id = `osio-${toc.length + 1}`;
      toc.push({ id, level: block.level, text: inlineText(block.inlines) });
      // renderBlock opens a heading with exactly `<hN>`: the id goes in there.
      return html.replace(`<h${block.level}>`, `<h${block.level} id="${id}">`);
    })
    .join('\n');
}

const word = (status: (typeof STATUSES)[number]) => STATUS_WORDING.fi[status];
const statusHead = (status: (typeof STATUSES)[number]) =>
  `<th scope="col" class="status-${status}"><span class="marker" aria-hidden="true"></span>${word(status).short} (${word(status).color})</th>`;
const total = (counts: StatusCounts) => STATUSES.reduce((sum, s) => sum + counts[s], 0);

function countsTable(caption: string, firstHead: string, rows: Array<{ name: string; counts: StatusCounts }>, totals?: StatusCounts): string {
  const body = rows
    .map((row) => `<tr><th scope="row">${escapeHtml(row.name)}</th>${STATUSES.map((s) => `<td>${row.counts[s]}</td>`).join('')}<td>${total(row.counts)}</td></tr>`)
    .join('');
  const foot = totals
    ? `<tfoot><tr><th scope="row">Yhteensä</th>${STATUSES.map((s) => `<td>${totals[s]}</td>`).join('')}<td>${total(totals)}</td></tr></tfoot>`
    : '';
  return `<div class="table-wrap"><table class="counts"><caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">${firstHead}</th>${STATUSES.map(statusHead).join('')}<th scope="col">Yhteensä</th></tr></thead>
<tbody>${body}</tbody>${foot}</table></div>`;
}

/** The status summary (per focus area) and the yearly report's cuts (per responsible party and target group). */
export function reportSections(data: PlanData, level: HeadingLevel, toc: TocEntry[]): string {
  const report = buildYearlyReport(data);
  const sub = Math.min(level + 1, 6);
  const all = total(report.total);
  const summaryWords = STATUSES.map((s) => `${word(s).short.toLowerCase()} ${report.total[s]}`).join(', ');
  toc.push({ id: 'tilannekatsaus', level, text: 'Tilannekatsaus' }, { id: 'hyvinvointiraportti', level, text: 'Hyvinvointiraportti' });
  return `<section aria-labelledby="tilannekatsaus">
<h${level} id="tilannekatsaus">Tilannekatsaus</h${level}>
<p>Toimenpiteitä yhteensä ${all}: ${summaryWords}.</p>
${countsTable('Toimenpiteiden tila painopisteittäin', 'Painopiste', report.focusAreas.map((fa) => ({ name: fa.title, counts: fa.counts })), report.total)}
</section>
<section aria-labelledby="hyvinvointiraportti">
<h${level} id="hyvinvointiraportti">Hyvinvointiraportti</h${level}>
<h${sub}>Vastuutahoittain</h${sub}>
${countsTable('Toimenpiteiden tila vastuutahoittain', 'Vastuutaho', report.byResponsible.map((g) => ({ name: g.name || 'Ei vastuutahoa', counts: g.counts })))}
<h${sub}>Kohderyhmittäin</h${sub}>
${countsTable('Toimenpiteiden tila kohderyhmittäin', 'Kohderyhmä', report.byTargetGroup.map((g) => ({ name: g.key === '' ? 'Ei kohderyhmää' : g.name, counts: g.counts })))}
</section>`;
}

export function tocNav(toc: TocEntry[]): string {
  // Two levels are enough to find one's way; deeper headings are in the text.
  const top = Math.min(...toc.map((entry) => entry.level));
  const items = toc
    .filter((entry) => entry.level <= top + 1)
    .map((entry) => `<li${entry.level > top ? ' class="level-3"' : ''}><a href="#${entry.id}">${escapeHtml(entry.text)}</a></li>`)
    .join('');
  return `<nav class="toc" aria-labelledby="sisallys"><h2 id="sisallys">Sisällys</h2><ul>${items}</ul></nav>`;
}

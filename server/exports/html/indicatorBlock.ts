/**
 * An indicator chart where the plan text places it, in HTML (the export and
 * the public page): the same chart, caption and figures table as the
 * indicators section (`indicatorSection.ts`), as a figure of the text without
 * a heading of its own, so the text's outline stays the author's.
 */
import type { IndicatorExportSection } from '../../indicators/exportSection';
import { MISSING_INDICATOR_CHART, type IndicatorChartBlock } from '../common/planText';
import { figuresTable } from './indicatorSection';
import { escapeHtml } from './textBlocks';

export const INDICATOR_BLOCK_CSS = `
.indicator-chart{margin:1.5em 0;max-width:56rem;border-left:4px solid #1f4e79;padding-left:1em}
.indicator-chart svg{display:block;width:100%;height:auto}
.indicator-chart figcaption{font-size:.9rem;color:#3b3b3b}
.indicator-chart figcaption strong{color:#1d232a;font-size:1rem}
@media print{.indicator-chart{break-inside:avoid}}`;


/**
 * The same chart may stand in the text and in the indicators section: its
 * `<title>` and `<desc>` ids get the block's number, so that every id on the
 * page is unique and each image keeps its own name.
 */
function numberIds(svg: string, n: number): string {
  const prefix = /aria-labelledby="(chart-[\w-]+)-title /.exec(svg)?.[1];
  return prefix ? svg.replaceAll(`${prefix}-`, `${prefix}-teksti-${n}-`) : svg;
}

/** The `n`th chart of the text (numbered from 1 across the page). */
export function indicatorBlockHtml(section: IndicatorExportSection | null, block: IndicatorChartBlock, n: number): string {
  const item = section?.indicators.find((i) => i.view.id === block.indicatorId);
  if (!section || !item) return `<p class="indicator-chart">${escapeHtml(MISSING_INDICATOR_CHART)}</p>`;
  const { row } = item;
  const title = escapeHtml(row.unit ? `${row.title} (${row.unit})` : row.title);
  const source = [row.sourceLine, row.staleNote].filter(Boolean).map((text) => escapeHtml(text!)).join(' ');
  const caption = `<figcaption><strong>${title}</strong>${source ? `<br>${source}` : ''}</figcaption>`;
  // The SVG is the server's own (chartSvg.ts), its user text escaped there: it goes in as it is.
  const chart = item.svg ? numberIds(item.svg, n) : `<p class="problem">${escapeHtml(row.problem ?? '')}</p>`;
  return `<figure class="indicator-chart">${caption}${chart}</figure>
${figuresTable(section, item)}`;
}

/**
 * An indicator chart where the plan text places it, in the Word document:
 * the chart as a picture with the chart in words as its alternative text
 * (`chartImage.ts`), under it its title and source as a caption, then its
 * figures as a table: the same pieces as the indicators section, without a
 * heading of its own, so that the text's outline stays the author's. A chart
 * with no figures to draw says why in words instead.
 */
import { Paragraph, type Table } from 'docx';
import type { IndicatorExportSection } from '../../indicators/exportSection';
import { MISSING_INDICATOR_CHART, type IndicatorChartBlock } from '../common/planText';
import { chartParagraph, type ChartImages } from './chartImage';
import { figuresTable } from './indicatorSection';
import { textRuns } from './textBlocks';

const MUTED = '595959';
const SMALL = 18; // 9 pt in half-points

/** The chart's paragraphs and table, at most `width` twips wide. */
export function indicatorBlockDocx(section: IndicatorExportSection | null, block: IndicatorChartBlock, width: number, images: ChartImages): Array<Paragraph | Table> {
  const item = section?.indicators.find((i) => i.view.id === block.indicatorId);
  if (!section || !item) return [new Paragraph({ children: textRuns(MISSING_INDICATOR_CHART, { italics: true }) })];
  const { row } = item;
  const chart = chartParagraph(images, item, width);
  const source = [row.sourceLine, row.staleNote].filter(Boolean).join(' ');
  return [
    ...(chart ? [chart] : []),
    new Paragraph({ children: textRuns(row.unit ? `${row.title} (${row.unit})` : row.title, { bold: true }), keepNext: true, spacing: { before: chart ? 0 : 240, after: 60 } }),
    ...(chart ? [] : [new Paragraph({ children: textRuns(row.problem ?? item.alt), keepNext: true, spacing: { after: 60 } })]),
    ...(source ? [new Paragraph({ children: textRuns(source, { size: SMALL, color: MUTED }), keepNext: true })] : []),
    ...figuresTable(section, item, width),
  ];
}

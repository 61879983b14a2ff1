/**
 * An indicator chart where the plan text places it, in the Word document:
 * the chart's title, what it shows in words (its alternative text: the
 * latest figures, the target, the source), the source line and its figures
 * as a table. The chart itself is drawn in the PDF and HTML exports; Word
 * would need a PNG beside the SVG, which the server cannot make
 * (`indicatorSection.ts`).
 */
import { Paragraph, type Table } from 'docx';
import type { IndicatorExportSection } from '../../indicators/exportSection';
import { MISSING_INDICATOR_CHART, type IndicatorChartBlock } from '../common/planText';
import { figuresTable } from './indicatorSection';
import { textRuns } from './textBlocks';


const MUTED = '595959';
const SMALL = 18; // 9 pt in half-points

/** The chart's paragraphs and table, at most `width` twips wide. */
export function indicatorBlockDocx(section: IndicatorExportSection | null, block: IndicatorChartBlock, width: number): Array<Paragraph | Table> {
  const item = section?.indicators.find((i) => i.view.id === block.indicatorId);
  if (!section || !item) return [new Paragraph({ children: textRuns(MISSING_INDICATOR_CHART, { italics: true }) })];
  const { row } = item;
  const source = [row.sourceLine, row.staleNote].filter(Boolean).join(' ');
  return [
    new Paragraph({ children: textRuns(row.unit ? `${row.title} (${row.unit})` : row.title, { bold: true }), keepNext: true, spacing: { before: 240, after: 60 } }),
    new Paragraph({ children: textRuns(row.problem ?? item.alt), keepNext: true, spacing: { after: 60 } }),
    ...(source ? [new Paragraph({ children: textRuns(source, { size: SMALL, color: MUTED }), keepNext: true })] : []),
    ...figuresTable(section, item, width),
  ];
}

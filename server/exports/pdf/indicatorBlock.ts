/**
 * An indicator chart where the plan text places it, in the PDF: the chart as
 * a tagged Figure (vectors from the server's SVG, its words as alternative
 * text), under it its title and source as a caption, then its figures as a
 * tagged table: the same pieces as the indicators section, without a heading
 * of its own, so that the text's outline stays the author's.
 */
import type { IndicatorExportSection } from '../../indicators/exportSection';
import { MISSING_INDICATOR_CHART, type IndicatorChartBlock } from '../common/planText';
import { drawFigure, figuresTable } from './indicatorSection';
import { BODY_SIZE, MUTED, TABLE_SIZE, TEXT } from './styles';
import { drawLines, type TextContext } from './textBlocks';


export function drawIndicatorBlock(ctx: TextContext, section: IndicatorExportSection | null, block: IndicatorChartBlock): void {
  const { flow } = ctx;
  const paragraph = (text: string, font: 'regular' | 'bold' | 'italic', size: number, color: string, below: number) =>
    drawLines(ctx, 'P', flow.set.wrap([{ text, style: { font, size, color } }], ctx.width), below);
  const item = section?.indicators.find((i) => i.view.id === block.indicatorId);
  if (!section || !item) {
    paragraph(MISSING_INDICATOR_CHART, 'italic', BODY_SIZE, TEXT, 8);
    return;
  }
  const { row } = item;
  flow.y += 4;
  if (item.svg) drawFigure(ctx, item);
  paragraph(row.unit ? `${row.title} (${row.unit})` : row.title, 'bold', BODY_SIZE, TEXT, 2);
  if (row.problem) paragraph(row.problem, 'regular', BODY_SIZE, TEXT, 2);
  const source = [row.sourceLine, row.staleNote].filter(Boolean).join(' ');
  if (source) paragraph(source, 'regular', TABLE_SIZE, MUTED, 6);
  figuresTable(ctx, section, item);
}

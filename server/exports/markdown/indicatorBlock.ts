/**
 * An indicator chart where the plan text places it, in Markdown. Markdown
 * carries no picture a wiki or a repository would keep with the text, so the
 * chart is given as the other formats give it to anyone who cannot see it:
 * its title, what it shows in words (the chart's alternative text, as in the
 * Word export and the HTML's image description), its figures as a table
 * under their caption, and its source line. No heading of its own, so the
 * text's outline stays the author's.
 */
import type { IndicatorExportSection } from '../../indicators/exportSection';
import { MISSING_INDICATOR_CHART, type IndicatorChartBlock } from '../common/planText';
import { cellText, escapeMarkdown, markdownTable, textParagraph } from './markdownSyntax';

/** The chart's Markdown blocks, separated by blank lines. */
export function indicatorBlockMarkdown(section: IndicatorExportSection | null, block: IndicatorChartBlock): string {
  const item = section?.indicators.find((i) => i.view.id === block.indicatorId);
  if (!section || !item) return `_${escapeMarkdown(MISSING_INDICATOR_CHART)}_`;
  const { row, table } = item;
  const parts = [`**${escapeMarkdown((row.unit ? `${row.title} (${row.unit})` : row.title).replace(/\s+/g, ' ').trim())}**`, textParagraph(row.problem ?? item.alt)];
  if (table.rows.length > 0) {
    const [year, ...lines] = table.columns;
    parts.push(
      textParagraph(table.caption),
      markdownTable(
        [year!, ...lines].map((column) => cellText(column.label)),
        table.rows.map((figures) => [String(figures.year), ...lines.map((column) => cellText(section.figure(figures[column.key] ?? null, table.decimals)))]),
      ),
    );
  }
  const source = [row.sourceLine, row.staleNote].filter(Boolean).join(' ');
  if (source) parts.push(textParagraph(source));
  return parts.join('\n\n');
}

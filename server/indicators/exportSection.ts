/**
 * The indicators section as the DOCX, PDF and HTML exports print it, in
 * Finnish like the rest of an export: the report's rows (shared/indicators/report.ts)
 * and, per indicator, its chart as SVG (the same as the browser's), the
 * chart's alternative text and its figures as a table. Built on the export's
 * render thread, so charts never cost the main thread.
 */
import type { IndicatorView } from '../../shared/api/indicators';
import { indicatorChartSummary, indicatorTable, type IndicatorTable } from '../../shared/indicators/chart';
import { PROGRESS_WORDS } from '../../shared/indicators/progressWords';
import { buildIndicatorReport, type IndicatorReport, type IndicatorReportRow } from '../../shared/indicators/report';
import { formatFigure } from '../../shared/indicators/words';
import type { Language } from '../../shared/languages';
import { indicatorChartSvg } from './chartSvg';

/** The exports' language: the plan's own documents are Finnish. */
const EXPORT_LANGUAGE: Language = 'fi';

export interface ExportedIndicator {
  view: IndicatorView;
  row: IndicatorReportRow;
  /** The chart, an accessible SVG string; null when there are no figures to draw (the row's `problem` says why) or no charts were asked for. */
  svg: string | null;
  /** The chart in words, for the image's alternative text. */
  alt: string;
  table: IndicatorTable;
}

export interface IndicatorExportSection {
  words: (typeof PROGRESS_WORDS)[Language];
  report: IndicatorReport;
  indicators: ExportedIndicator[];
  /** A cell of a figures table: the figure in Finnish, '–' where the line has none that year. */
  figure: (value: number | null, decimals: number | null) => string;
  /** The column headers of the section's summary table, in order, and each row's cells in the same order. */
  summaryColumns: string[];
  summaryCells: (row: IndicatorReportRow) => string[];
}

/**
 * The section of the plan's indicators, or null when the plan has none (the
 * exports then print no section); `charts: false` leaves the SVGs undrawn
 * for a format that does not print them.
 */
export async function indicatorExportSection(views: readonly IndicatorView[] | undefined, options: { charts: boolean } = { charts: true }): Promise<IndicatorExportSection | null> {
  if (!views || views.length === 0) return null;
  const lang = EXPORT_LANGUAGE;
  const words = PROGRESS_WORDS[lang];
  const report = buildIndicatorReport(views, lang);
  const indicators: ExportedIndicator[] = [];
  // One at a time: each render is CPU work on this thread, at once they would only interleave.
  for (const [i, view] of views.entries()) {
    const row = report.rows[i]!;
    indicators.push({
      view,
      row,
      svg: options.charts && view.series.some((s) => s.points.length > 0) ? await indicatorChartSvg(view, lang) : null,
      alt: indicatorChartSummary(view, lang),
      table: indicatorTable(view, lang),
    });
  }
  const { columns } = words;
  return {
    words,
    report,
    indicators,
    figure: (value, decimals) => (value === null ? words.none : formatFigure(value, lang, decimals)),
    summaryColumns: [columns.indicator, columns.latest, columns.sinceBaseline, columns.sincePrevious, columns.target, columns.assessment],
    summaryCells: (row) => [
      row.unit ? `${row.title} (${row.unit})` : row.title,
      row.cells.latest,
      row.cells.sinceBaseline,
      row.cells.sincePrevious,
      row.cells.target,
      row.cells.reason ? `${row.cells.assessment}: ${row.cells.reason}` : row.cells.assessment,
    ],
  };
}

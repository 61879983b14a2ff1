/**
 * The indicators section of the yearly report, in words: one row per
 * indicator of the plan (latest value, change since the baseline and since
 * the figure before, the target, and whether it is on track), the section's
 * source line with the date of the cache, and "tiedot eivät ole ajan
 * tasalla" when Sotkanet could not be reached. The report page, the DOCX,
 * PDF and HTML exports and the public page all print this.
 */
import type { IndicatorView } from '../api/indicators';
import type { Language } from '../languages';
import type { IndicatorTarget } from '../plan/indicators';
import { indicatorSourceLine } from './chart';
import { municipalityPoints, viewProgress, MAINTAIN_TOLERANCE, type FigureChange, type IndicatorProgress } from './progress';
import { PROGRESS_WORDS } from './progressWords';
import { CHART_WORDS, formatFetchDate, formatFigure, sotkanetAttribution } from './words';

/** One indicator's row, each cell already worded in the report's language. */
export interface IndicatorReportRow {
  id: string;
  title: string;
  unit: string;
  source: IndicatorView['source'];
  progress: IndicatorProgress;
  target: IndicatorTarget | null;
  cells: {
    latest: string;
    sinceBaseline: string;
    sincePrevious: string;
    target: string;
    /** "Tavoitteen mukaisesti": never a colour alone. */
    assessment: string;
    /** Why the assessment says so, when it judged anything; else null. */
    reason: string | null;
  };
  /** This indicator's source: Sotkanet's with its fetch date, or the municipality's own. */
  sourceLine: string;
  /** "Tiedot eivät ole ajan tasalla (haettu …)" when this indicator's figures are stale. */
  staleNote: string | null;
  /** Why there are no figures (the plan has no municipality, Sotkanet is away…); null when there are. */
  problem: string | null;
}

export interface IndicatorReport {
  language: Language;
  rows: IndicatorReportRow[];
  /**
   * "Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026" with the oldest
   * fetch date of the Sotkanet figures shown; null when none are.
   */
  sourceLine: string | null;
  /** The oldest fetch date of the Sotkanet figures shown (ISO 8601). */
  fetchedAt: string | null;
  /** "Tiedot eivät ole ajan tasalla (haettu …)" with the oldest stale figures' date, when any are stale. */
  staleNote: string | null;
}

function wordChange(change: FigureChange | null, lang: Language, decimals: number | null, empty: string): string {
  if (!change) return empty;
  const words = PROGRESS_WORDS[lang];
  const text = words.changeOf(formatFigure(change.delta, lang, decimals, true), change.from.year, change.to.year);
  if (change.better === null || change.delta === 0) return text;
  return `${text}, ${change.better ? words.better : words.worse}`;
}

function wordTarget(target: IndicatorTarget | null, progress: IndicatorProgress, lang: Language, decimals: number | null): string {
  const words = PROGRESS_WORDS[lang];
  if (!target) return words.none;
  const figure = words.figureOf(formatFigure(target.value, lang, decimals), target.year);
  if (!progress.direction) return figure;
  const direction = words.direction[progress.direction];
  return progress.directionInferred ? `${figure}, ${direction} (${words.inferred})` : `${figure}, ${direction}`;
}

function reasonOf(progress: IndicatorProgress, target: IndicatorTarget | null, lang: Language, decimals: number | null): string | null {
  const words = PROGRESS_WORDS[lang];
  const { assessment, latest } = progress;
  if (!target || !latest || !('basis' in assessment)) return null;
  switch (assessment.basis) {
    case 'path':
      return words.path(formatFigure(assessment.expected, lang, decimals), latest.year);
    case 'trend':
      return words.trend;
    case 'band':
      return words.band(MAINTAIN_TOLERANCE * 100);
    case 'deadline':
      return words.deadline(target.year);
  }
}

/**
 * Sotkanet's number of decimals; for figures without one (the municipality's
 * own), as many as its figures have, at most two: an expected value of a
 * count of visits reads 5 247, not 5 246,67.
 */
function decimalsOf(view: IndicatorView): number {
  if (view.decimals !== null) return view.decimals;
  const places = municipalityPoints(view).map((p) => (String(p.value).split('.')[1] ?? '').length);
  return Math.min(2, Math.max(0, ...places));
}

export function indicatorReportRow(view: IndicatorView, lang: Language): IndicatorReportRow {
  const words = PROGRESS_WORDS[lang];
  const progress = viewProgress(view);
  const decimals = decimalsOf(view);
  const figure = (value: number) => formatFigure(value, lang, decimals);
  const noBaseline =
    view.baselineYear === null ? words.noBaseline : progress.latest && !progress.baseline ? words.noBaselineFigure(view.baselineYear) : words.none;
  return {
    id: view.id,
    title: view.title,
    unit: view.unit,
    source: view.source,
    progress,
    target: view.target,
    cells: {
      latest: progress.latest ? words.figureOf(figure(progress.latest.value), progress.latest.year) : words.none,
      sinceBaseline: wordChange(progress.sinceBaseline, lang, decimals, noBaseline),
      sincePrevious: wordChange(progress.sincePrevious, lang, decimals, words.none),
      target: wordTarget(view.target, progress, lang, decimals),
      assessment: words.assessment[progress.assessment.kind],
      reason: reasonOf(progress, view.target, lang, decimals),
    },
    sourceLine: indicatorSourceLine(view, lang),
    staleNote: view.stale && view.fetchedAt ? words.stale(formatFetchDate(view.fetchedAt, lang)) : null,
    problem: progress.latest ? null : view.problem ? CHART_WORDS[lang].problems[view.problem] : CHART_WORDS[lang].noFigures,
  };
}

const oldest = (dates: string[]): string | null => dates.reduce<string | null>((min, date) => (min === null || date < min ? date : min), null);

/** The section for the plan's indicators as the API gives them (`GET /api/plans/:id/indicators`), in `lang`. */
export function buildIndicatorReport(views: readonly IndicatorView[], lang: Language): IndicatorReport {
  const shown = views.filter((v) => v.source === 'sotkanet' && v.fetchedAt !== null && v.series.length > 0);
  const fetchedAt = oldest(shown.map((v) => v.fetchedAt!));
  const staleAt = oldest(shown.filter((v) => v.stale).map((v) => v.fetchedAt!));
  return {
    language: lang,
    rows: views.map((view) => indicatorReportRow(view, lang)),
    sourceLine: fetchedAt ? sotkanetAttribution(fetchedAt, lang) : null,
    fetchedAt,
    staleNote: staleAt ? PROGRESS_WORDS[lang].stale(formatFetchDate(staleAt, lang)) : null,
  };
}

import type { IndicatorView } from '../../../shared/api/indicators';
import { chartLines } from '../../../shared/indicators/chart';
import type { Language } from '../../../shared/languages';

export type TrendDirection = 'up' | 'down' | 'level';

/** An indicator's latest figure and which way it went since the figure before it. */
export interface LatestTrend {
  year: number;
  value: number;
  /** The figure before the latest; null when there is only one. */
  previous: { year: number; value: number } | null;
  direction: TrendDirection | null;
  /** Whether the change goes the way the target wants (only when the target says which way). */
  towardTarget: boolean | null;
}

/**
 * The municipality's own line (its total, else the first line the chart
 * draws): what a measure's row reports of an indicator. Two figures that
 * show the same at the indicator's decimals are level.
 */
export function latestTrend(view: IndicatorView, lang: Language): LatestTrend | null {
  const lines = chartLines(view, lang);
  const line = lines.find((l) => l.kind === 'municipality' && l.gender === 'total') ?? lines[0];
  const points = line?.points ?? [];
  const last = points.at(-1);
  if (!last) return null;
  const before = points.at(-2) ?? null;
  let direction: TrendDirection | null = null;
  if (before) {
    const scale = 10 ** (view.decimals ?? 2);
    const change = Math.round(last.value * scale) - Math.round(before.value * scale);
    direction = change > 0 ? 'up' : change < 0 ? 'down' : 'level';
  }
  const wanted = view.target?.direction;
  const towardTarget =
    direction === null || direction === 'level' || (wanted !== 'increase' && wanted !== 'decrease')
      ? null
      : (direction === 'up') === (wanted === 'increase');
  return { year: last.year, value: last.value, previous: before, direction, towardTarget };
}

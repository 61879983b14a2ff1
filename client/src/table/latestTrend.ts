import type { IndicatorView } from '../../../shared/api/indicators';
import { viewProgress } from '../../../shared/indicators/progress';

export type TrendDirection = 'up' | 'down' | 'level';

/** An indicator's latest figure and which way it went since the figure before it, as a measure's row tells it. */
export interface LatestTrend {
  year: number;
  value: number;
  /** The figure before the latest (last year's, else the one before); null when there is only one. */
  previous: { year: number; value: number } | null;
  direction: TrendDirection | null;
  /** Whether the change goes the target's way; null without a target that points up or down, or when level. */
  towardTarget: boolean | null;
}

/**
 * Read from the indicator's progress (shared/indicators/progress.ts: the
 * municipality's totals, as the report and the exports judge them). Two
 * figures that show the same at the indicator's decimals are level.
 */
export function latestTrend(view: IndicatorView): LatestTrend | null {
  const { latest, sincePrevious } = viewProgress(view);
  if (!latest) return null;
  let direction: TrendDirection | null = null;
  if (sincePrevious) {
    const scale = 10 ** (view.decimals ?? 2);
    const change = Math.round(sincePrevious.to.value * scale) - Math.round(sincePrevious.from.value * scale);
    direction = change > 0 ? 'up' : change < 0 ? 'down' : 'level';
  }
  return {
    year: latest.year,
    value: latest.value,
    previous: sincePrevious?.from ?? null,
    direction,
    towardTarget: direction === 'up' || direction === 'down' ? (sincePrevious?.better ?? null) : null,
  };
}

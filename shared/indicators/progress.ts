/**
 * How an indicator is doing: its latest figure, the change since the plan's
 * baseline and since the figure before, and whether it is on track for its
 * target, read the way the target points (up, down, or stay). Pure and in
 * `shared/` so that the yearly report, every export, the public page and the
 * plan's own views judge an indicator the same way.
 *
 * The figures judged are the municipality's totals (the plan's own area);
 * the county and the country are for comparison only.
 */
import type { IndicatorView } from '../api/indicators';
import type { IndicatorPoint, IndicatorTarget, TargetDirection } from '../plan/indicators';

/** The series of the plan's own area: the municipality's total, as an indicator view holds it. */
export function municipalityPoints(view: Pick<IndicatorView, 'series'>): IndicatorPoint[] {
  const series = view.series.find((s) => s.area.kind === 'municipality' && s.gender === 'total');
  return series ? [...series.points].sort((a, b) => a.year - b.year) : [];
}

export interface FigureChange {
  from: IndicatorPoint;
  to: IndicatorPoint;
  /** `to.value - from.value`. */
  delta: number;
  /** Whether the change went the target's way; null when there is no direction to go. */
  better: boolean | null;
}

/**
 * Against the target:
 * - `reached`: the latest figure is at the target or beyond it, the way it points;
 * - `on-track` / `off-track`, with the `basis` of the judgement:
 *   `path`: against the straight line from the baseline figure to the target
 *   (`expected` is where that line is in the latest figure's year);
 *   `trend`: without a baseline figure, whether the last change went the target's way;
 *   `band`: a target to keep, met while the figure stays within `MAINTAIN_TOLERANCE` of it;
 *   `deadline`: the target's year has come and the target was not reached;
 * - `unknown`: one figure and no baseline, nothing to compare;
 * - `no-target`, `no-figures`.
 */
export type TargetAssessment =
  | { kind: 'reached' }
  | { kind: 'on-track' | 'off-track'; basis: 'path'; expected: number }
  | { kind: 'on-track' | 'off-track'; basis: 'trend' | 'band' }
  | { kind: 'off-track'; basis: 'deadline' }
  | { kind: 'unknown' | 'no-target' | 'no-figures' };

export interface IndicatorProgress {
  latest: IndicatorPoint | null;
  /** The figure of the baseline year; null without a baseline year or a figure for it. */
  baseline: IndicatorPoint | null;
  sinceBaseline: FigureChange | null;
  /**
   * Since the figure before the latest: last year's where there is one, else
   * the one before it (many surveys are every other year); `from.year` says which.
   */
  sincePrevious: FigureChange | null;
  /** The target's direction, or the one read from the target and the starting figure. */
  direction: TargetDirection | null;
  directionInferred: boolean;
  assessment: TargetAssessment;
}

/** A target to keep is met while the figure is within this share of it. */
export const MAINTAIN_TOLERANCE = 0.05;

/**
 * The direction a target without one points: from the starting figure (the
 * baseline's, else the earliest) to the target; the same value is to keep.
 */
function inferDirection(target: IndicatorTarget, start: IndicatorPoint | undefined): TargetDirection | null {
  if (!start) return null;
  if (target.value > start.value) return 'increase';
  if (target.value < start.value) return 'decrease';
  return 'maintain';
}

function change(from: IndicatorPoint, to: IndicatorPoint, direction: TargetDirection | null): FigureChange {
  const delta = to.value - from.value;
  let better: boolean | null = null;
  if (direction === 'increase') better = delta > 0;
  else if (direction === 'decrease') better = delta < 0;
  return { from, to, delta, better };
}

/** How much of `direction` lies from `from` to `to`: positive when `to` is further the target's way. */
const ahead = (direction: 'increase' | 'decrease', from: number, to: number) => (direction === 'increase' ? to - from : from - to);

function assess(
  points: IndicatorPoint[],
  target: IndicatorTarget,
  direction: TargetDirection,
  baseline: IndicatorPoint | null,
  previous: IndicatorPoint | undefined,
): TargetAssessment {
  const latest = points.at(-1)!;
  if (direction === 'maintain') {
    const within = Math.abs(latest.value - target.value) <= Math.abs(target.value) * MAINTAIN_TOLERANCE;
    return { kind: within ? 'on-track' : 'off-track', basis: 'band' };
  }
  if (ahead(direction, target.value, latest.value) >= 0) return { kind: 'reached' };
  if (latest.year >= target.year) return { kind: 'off-track', basis: 'deadline' };
  if (baseline && baseline.year < latest.year && baseline.year < target.year) {
    const share = (latest.year - baseline.year) / (target.year - baseline.year);
    const expected = baseline.value + (target.value - baseline.value) * share;
    return { kind: ahead(direction, expected, latest.value) >= 0 ? 'on-track' : 'off-track', basis: 'path', expected };
  }
  if (previous) return { kind: ahead(direction, previous.value, latest.value) > 0 ? 'on-track' : 'off-track', basis: 'trend' };
  return { kind: 'unknown' };
}

/** The progress of one indicator from its figures (ascending or not), its target and its baseline year. */
export function indicatorProgress(points: readonly IndicatorPoint[], target: IndicatorTarget | null, baselineYear: number | null): IndicatorProgress {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1) ?? null;
  const baseline = baselineYear === null ? null : (sorted.find((p) => p.year === baselineYear) ?? null);
  const explicit = target?.direction ?? null;
  const direction = explicit ?? (target ? inferDirection(target, baseline ?? sorted[0]) : null);
  const previous = latest ? (sorted.find((p) => p.year === latest.year - 1) ?? sorted.at(-2)) : undefined;
  let assessment: TargetAssessment;
  if (!target) assessment = { kind: 'no-target' };
  else if (!latest || !direction) assessment = { kind: 'no-figures' };
  else assessment = assess(sorted, target, direction, baseline, previous);
  return {
    latest,
    baseline,
    sinceBaseline: latest && baseline && baseline.year < latest.year ? change(baseline, latest, direction) : null,
    sincePrevious: latest && previous ? change(previous, latest, direction) : null,
    direction,
    directionInferred: explicit === null && direction !== null,
    assessment,
  };
}

/** The progress of an indicator as the API gives it (the municipality's totals). */
export function viewProgress(view: Pick<IndicatorView, 'series' | 'target' | 'baselineYear'>): IndicatorProgress {
  return indicatorProgress(municipalityPoints(view), view.target, view.baselineYear);
}

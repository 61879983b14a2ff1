import { describe, expect, it } from 'vitest';
import type { IndicatorPoint, IndicatorTarget } from '../plan/indicators';
import { indicatorProgress, municipalityPoints } from './progress';

const points = (from: number, ...values: number[]): IndicatorPoint[] => values.map((value, i) => ({ year: from + i, value }));
const target = (year: number, value: number, direction?: IndicatorTarget['direction']): IndicatorTarget => (direction ? { year, value, direction } : { year, value });

describe('an indicator’s progress', () => {
  it('gives the latest figure and the changes since the baseline and since last year', () => {
    const progress = indicatorProgress(points(2019, 6.0, 5.8, 5.9, 5.5), target(2027, 4.5, 'decrease'), 2020);
    expect(progress.latest).toEqual({ year: 2022, value: 5.5 });
    expect(progress.baseline).toEqual({ year: 2020, value: 5.8 });
    expect(progress.sinceBaseline?.delta).toBeCloseTo(-0.3);
    expect(progress.sinceBaseline).toMatchObject({ from: { year: 2020 }, to: { year: 2022 }, better: true });
    expect(progress.sincePrevious).toMatchObject({ from: { year: 2021, value: 5.9 }, to: { year: 2022 }, better: true });
  });

  it('reads figures in any order, and compares with the figure before when last year has none (a survey every other year)', () => {
    const progress = indicatorProgress([{ year: 2023, value: 12 }, { year: 2019, value: 10 }, { year: 2021, value: 11 }], target(2030, 15, 'increase'), null);
    expect(progress.latest).toEqual({ year: 2023, value: 12 });
    expect(progress.sincePrevious).toMatchObject({ from: { year: 2021, value: 11 }, delta: 1, better: true });
    expect(progress.sinceBaseline).toBeNull();
  });

  it('is on track when the figure is at least as far as the straight line from the baseline to the target, the way the target points', () => {
    // Down from 10 in 2020 to 6 in 2028: the line is at 8 in 2024.
    const down = (latest: number) => indicatorProgress([{ year: 2020, value: 10 }, { year: 2024, value: latest }], target(2028, 6, 'decrease'), 2020).assessment;
    expect(down(7.9)).toEqual({ kind: 'on-track', basis: 'path', expected: 8 });
    expect(down(8)).toMatchObject({ kind: 'on-track' });
    expect(down(8.1)).toMatchObject({ kind: 'off-track', basis: 'path' });
    // The same figures with a target that points up: falling is off track.
    const up = indicatorProgress([{ year: 2020, value: 10 }, { year: 2024, value: 11 }], target(2028, 14, 'increase'), 2020).assessment;
    expect(up).toEqual({ kind: 'off-track', basis: 'path', expected: 12 });
    const upFast = indicatorProgress([{ year: 2020, value: 10 }, { year: 2024, value: 12.5 }], target(2028, 14, 'increase'), 2020).assessment;
    expect(upFast).toMatchObject({ kind: 'on-track' });
  });

  it('has reached its target at it or beyond it in its direction, and is off track once the target year has come without it', () => {
    expect(indicatorProgress(points(2020, 10, 5.9), target(2028, 6, 'decrease'), 2020).assessment).toEqual({ kind: 'reached' });
    expect(indicatorProgress(points(2020, 10, 14), target(2028, 14, 'increase'), 2020).assessment).toEqual({ kind: 'reached' });
    expect(indicatorProgress(points(2026, 10, 9, 8), target(2028, 6, 'decrease'), 2026).assessment).toEqual({ kind: 'off-track', basis: 'deadline' });
  });

  it('judges by the last change when the baseline has no figure, and says it cannot tell from one figure', () => {
    expect(indicatorProgress(points(2022, 8, 7.5), target(2028, 6, 'decrease'), 2015).assessment).toEqual({ kind: 'on-track', basis: 'trend' });
    expect(indicatorProgress(points(2022, 8, 8), target(2028, 6, 'decrease'), null).assessment).toEqual({ kind: 'off-track', basis: 'trend' });
    expect(indicatorProgress(points(2023, 8), target(2028, 6, 'decrease'), null).assessment).toEqual({ kind: 'unknown' });
  });

  it('keeps a target to maintain while the figure is within 5 % of it', () => {
    const maintain = (latest: number) => indicatorProgress(points(2020, 50, latest), target(2028, 50, 'maintain'), 2020).assessment;
    expect(maintain(52.4)).toEqual({ kind: 'on-track', basis: 'band' });
    expect(maintain(47.6)).toEqual({ kind: 'on-track', basis: 'band' });
    expect(maintain(52.6)).toEqual({ kind: 'off-track', basis: 'band' });
  });

  it('reads a target without a direction from the baseline (else the earliest figure) to the target', () => {
    const fromBaseline = indicatorProgress(points(2018, 5, 9, 8), target(2028, 6), 2019);
    expect(fromBaseline).toMatchObject({ direction: 'decrease', directionInferred: true });
    expect(fromBaseline.sinceBaseline?.better).toBe(true);
    expect(indicatorProgress(points(2018, 5, 9, 8), target(2028, 6), null)).toMatchObject({ direction: 'increase', directionInferred: true });
    expect(indicatorProgress(points(2018, 5, 9), target(2028, 6, 'decrease'), null)).toMatchObject({ direction: 'decrease', directionInferred: false });
  });

  it('says when there is no target or no figure', () => {
    const noTarget = indicatorProgress(points(2020, 1, 2), null, 2020);
    expect(noTarget.assessment).toEqual({ kind: 'no-target' });
    expect(noTarget.sinceBaseline?.better).toBeNull();
    expect(indicatorProgress([], target(2028, 6, 'decrease'), 2020)).toMatchObject({ latest: null, sinceBaseline: null, sincePrevious: null, assessment: { kind: 'no-figures' } });
  });

  it("follows the municipality's total, not its county, its country or one sex", () => {
    const area = (kind: 'municipality' | 'county' | 'country') => ({ code: kind, title: kind, kind });
    const series = [
      { area: area('county'), gender: 'total' as const, points: points(2020, 100) },
      { area: area('municipality'), gender: 'female' as const, points: points(2020, 200) },
      { area: area('municipality'), gender: 'total' as const, points: [{ year: 2021, value: 3 }, { year: 2020, value: 4 }] },
    ];
    expect(municipalityPoints({ series })).toEqual(points(2020, 4, 3));
    expect(municipalityPoints({ series: series.slice(0, 2) })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { IndicatorSeries, IndicatorView } from '../../../shared/api/indicators';
import { latestTrend } from './latestTrend';

const series = (kind: IndicatorSeries['area']['kind'], gender: IndicatorSeries['gender'], points: Array<[number, number]>): IndicatorSeries => ({
  area: { code: kind, title: kind, kind },
  gender,
  points: points.map(([year, value]) => ({ year, value })),
});

const view = (change: Partial<IndicatorView>): IndicatorView => ({
  id: 'i1',
  source: 'local',
  sourceId: null,
  title: 'Nuorisotalon kävijät',
  unit: 'käyntiä',
  decimals: null,
  series: [],
  target: null,
  baselineYear: null,
  fetchedAt: null,
  stale: false,
  attribution: null,
  producer: null,
  problem: null,
  language: 'fi',
  ...change,
});

describe("a measure's indicator trend", () => {
  it("reads the municipality's total, not the county's or one sex's, from its latest two years", () => {
    const trend = latestTrend(
      view({
        series: [
          series('municipality', 'female', [[2022, 1], [2023, 9]]),
          series('municipality', 'total', [[2021, 40], [2022, 50], [2023, 45]]),
          series('county', 'total', [[2023, 100], [2024, 200]]),
        ],
      }),
    );
    expect(trend).toEqual({ year: 2023, value: 45, previous: { year: 2022, value: 50 }, direction: 'down', towardTarget: null });
  });

  it("has nothing to say without the municipality's total", () => {
    expect(latestTrend(view({ series: [series('municipality', 'female', [[2022, 1], [2023, 2]])] }))).toBeNull();
  });

  it('compares with last year, or with the figure before when a survey skipped a year', () => {
    expect(latestTrend(view({ series: [series('municipality', 'total', [[2019, 3], [2021, 5], [2023, 4]])] }))?.previous).toEqual({ year: 2021, value: 5 });
  });

  it("says whether the change goes the target's way, set or read from the figures", () => {
    const rising = { series: [series('municipality', 'total', [[2022, 10], [2023, 12]])] };
    expect(latestTrend(view({ ...rising, target: { year: 2028, value: 20, direction: 'increase' } }))?.towardTarget).toBe(true);
    expect(latestTrend(view({ ...rising, target: { year: 2028, value: 5, direction: 'decrease' } }))?.towardTarget).toBe(false);
    // No direction given: from the first figure (10) to the target (5) is down.
    expect(latestTrend(view({ ...rising, target: { year: 2028, value: 5 } }))?.towardTarget).toBe(false);
    expect(latestTrend(view({ ...rising, target: { year: 2028, value: 12, direction: 'maintain' } }))?.towardTarget).toBeNull();
    expect(latestTrend(view(rising))?.towardTarget).toBeNull();
  });

  it("calls figures level that are the same at the indicator's decimals", () => {
    const close = { series: [series('municipality', 'total', [[2022, 5.61], [2023, 5.64]])] };
    expect(latestTrend(view({ ...close, decimals: 1 }))?.direction).toBe('level');
    expect(latestTrend(view({ ...close, decimals: 2 }))?.direction).toBe('up');
  });

  it('has no direction for a single figure and nothing without figures', () => {
    expect(latestTrend(view({ series: [series('municipality', 'total', [[2024, 7]])] }))).toEqual({
      year: 2024,
      value: 7,
      previous: null,
      direction: null,
      towardTarget: null,
    });
    expect(latestTrend(view({ problem: 'no-data' }))).toBeNull();
  });
});

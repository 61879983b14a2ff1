import { describe, expect, it } from 'vitest';
import { chartBars, percent, totalOf } from './chartBars';

const counts = (done: number, started: number, notStarted: number, unassessed: number) => ({
  done,
  started,
  'not-started': notStarted,
  unassessed,
});

describe('chartBars', () => {
  it('puts every bar on the scale of the longest and keeps only the statuses present, in report order', () => {
    const bars = chartBars([
      { key: 'a', label: 'A', counts: counts(2, 0, 1, 1) },
      { key: 'b', label: 'B', counts: counts(0, 8, 0, 0) },
    ]);
    expect(bars.map((bar) => [bar.total, bar.length])).toEqual([
      [4, 0.5],
      [8, 1],
    ]);
    expect(bars[0]?.segments).toEqual([
      { status: 'done', count: 2 },
      { status: 'not-started', count: 1 },
      { status: 'unassessed', count: 1 },
    ]);
  });

  it('draws empty rows as empty bars without dividing by zero', () => {
    expect(chartBars([{ key: 'a', label: 'A', counts: counts(0, 0, 0, 0) }])[0]).toMatchObject({ total: 0, length: 0, segments: [] });
  });
});

describe('percent and totalOf', () => {
  it('count and share', () => {
    expect(totalOf(counts(1, 2, 3, 4))).toBe(10);
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});

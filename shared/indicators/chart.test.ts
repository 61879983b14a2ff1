import { describe, expect, it } from 'vitest';
import type { IndicatorSeries, IndicatorView } from '../api/indicators';
import { chartLines, indicatorChartSpec, indicatorChartSummary, indicatorTable } from './chart';

const series = (kind: IndicatorSeries['area']['kind'], title: string, gender: IndicatorSeries['gender'], values: number[], from = 2020): IndicatorSeries => ({
  area: { code: kind, title, kind },
  gender,
  points: values.map((value, i) => ({ year: from + i, value })),
});

const view = (change: Partial<IndicatorView> = {}): IndicatorView => ({
  id: 'i1',
  source: 'sotkanet',
  sourceId: 5,
  title: 'Toimeentulotukea saaneet 25–64-vuotiaat',
  unit: 'prosenttia',
  decimals: 1,
  series: [
    series('municipality', 'Porvoo', 'total', [6.1, 5.9, 5.7]),
    series('municipality', 'Porvoo', 'female', [5.6, 5.5, 5.2]),
    series('municipality', 'Porvoo', 'male', [6.6, 6.4, 6.1]),
    series('county', 'Itä-Uudenmaan hyvinvointialue', 'total', [6.0, 5.8]),
    series('county', 'Itä-Uudenmaan hyvinvointialue', 'female', [5.5, 5.3]),
    series('country', 'Koko maa', 'total', [6.5, 6.4, 6.3]),
  ],
  target: { year: 2028, value: 4.5, direction: 'decrease' },
  baselineYear: 2021,
  fetchedAt: '2026-12-02T06:00:00.000Z',
  stale: false,
  attribution: 'Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026',
  producer: 'THL',
  problem: null,
  language: 'fi',
  ...change,
});

describe('the indicator chart definition', () => {
  it("draws each area's total and the municipality's sexes, totals first", () => {
    expect(chartLines(view(), 'fi').map((l) => `${l.key}: ${l.label}`)).toEqual([
      'municipality: Porvoo',
      'county: Itä-Uudenmaan hyvinvointialue',
      'country: Koko maa',
      'municipality-female: Porvoo, naiset',
      'municipality-male: Porvoo, miehet',
    ]);
    expect(chartLines(view(), 'sv').at(-1)?.label).toBe('Porvoo, män');
  });

  it('gives the same figures as a table, a row a year, empty where a line has none', () => {
    const table = indicatorTable(view(), 'fi');
    expect(table.columns.map((c) => c.key)).toEqual(['year', 'municipality', 'county', 'country', 'municipality-female', 'municipality-male']);
    expect(table.rows.map((r) => r.year)).toEqual([2020, 2021, 2022]);
    expect(table.rows[2]).toEqual({ year: 2022, municipality: 5.7, county: null, country: 6.3, 'municipality-female': 5.2, 'municipality-male': 6.1 });
  });

  it('tells without colour which line is which: its own shape and dash, its name at its end, the target as a point and a rule', () => {
    const spec = indicatorChartSpec(view(), 'fi') as unknown as { layer: Array<{ mark: { type: string; dy?: number }; encoding: Record<string, { scale?: { range: unknown[] } }>; data: { values: Array<{ text?: string }> } }> };
    const [line, points] = spec.layer;
    const dashes = line!.encoding.strokeDash!.scale!.range.map((d) => JSON.stringify(d));
    const shapes = points!.encoding.shape!.scale!.range;
    expect(new Set(dashes).size).toBe(5);
    expect(new Set(shapes).size).toBe(5);
    const labels = spec.layer.filter((l) => l.mark.type === 'text').map((l) => l.data.values[0]?.text);
    expect(labels).toEqual(expect.arrayContaining(['Porvoo 5,7', 'Koko maa 6,3', 'Tavoite 2028: 4,5', 'Lähtötaso 2021']));
    // Each margin label follows its line's shape (the target's is its own), drawn as a mark: no font has to have ▲ or ◆.
    const labelShapes = spec.layer.filter((l) => l.mark.type === 'point' && 'xOffset' in l.mark).map((l) => (l.mark as { shape?: string }).shape);
    expect(labelShapes).toEqual([...shapes, 'diamond']);
    expect(labels.join('')).not.toMatch(/[●■▲▼◆▶]/);
    expect(spec.layer.filter((l) => l.mark.type === 'rule')).toHaveLength(2);
    // Labels that would overlap are pushed apart.
    const offsets = spec.layer.filter((l) => l.mark.type === 'text' && l.mark.dy !== undefined).map((l) => l.mark.dy);
    expect(offsets.some((dy) => (dy ?? 0) > 0)).toBe(true);
  });

  it('says in words what it shows, and why when it shows nothing', () => {
    expect(indicatorChartSummary(view(), 'fi')).toBe(
      'Kaavio: Toimeentulotukea saaneet 25–64-vuotiaat (prosenttia). Porvoo 2022: 5,7; Itä-Uudenmaan hyvinvointialue 2021: 5,8; Koko maa 2022: 6,3; Porvoo, naiset 2022: 5,2; Porvoo, miehet 2022: 6,1. Tavoite 2028: 4,5. Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026.',
    );
    const empty = view({ series: [], problem: 'no-municipality', target: null });
    expect(indicatorChartSummary(empty, 'en')).toContain('No municipality has been chosen');
    expect(JSON.stringify(indicatorChartSpec(empty, 'en'))).toContain('No municipality has been chosen');
  });
});

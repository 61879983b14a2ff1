import { describe, expect, it } from 'vitest';
import type { IndicatorSeries, IndicatorView } from '../api/indicators';
import { buildIndicatorReport, indicatorReportRow } from './report';

const series = (kind: IndicatorSeries['area']['kind'], title: string, values: Array<[number, number]>, gender: IndicatorSeries['gender'] = 'total'): IndicatorSeries => ({
  area: { code: kind, title, kind },
  gender,
  points: values.map(([year, value]) => ({ year, value })),
});

const sotkanet = (change: Partial<IndicatorView> = {}): IndicatorView => ({
  id: 'i1',
  source: 'sotkanet',
  sourceId: 5,
  title: 'Toimeentulotukea saaneet 25–64-vuotiaat',
  unit: 'prosenttia',
  decimals: 1,
  series: [
    series('municipality', 'Porvoo', [[2020, 6.0], [2021, 5.9], [2022, 5.4]]),
    series('country', 'Koko maa', [[2020, 7], [2021, 7], [2022, 7]]),
  ],
  target: { year: 2028, value: 4.5, direction: 'decrease' },
  baselineYear: 2020,
  fetchedAt: '2026-12-02T06:00:00.000Z',
  stale: false,
  attribution: 'Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026',
  producer: 'THL',
  problem: null,
  language: 'fi',
  ...change,
});

describe('the indicators section of the yearly report', () => {
  it('words each cell: the latest value, the changes with their years and direction, the target and the assessment with its reason', () => {
    const row = indicatorReportRow(sotkanet(), 'fi');
    expect(row.cells).toEqual({
      latest: '5,4 (2022)',
      sinceBaseline: '−0,6 (2020–2022), tavoitteen suuntaan',
      sincePrevious: '−0,5 (2021–2022), tavoitteen suuntaan',
      target: '4,5 (2028), pienenee',
      assessment: 'Tavoitteen mukaisesti',
      reason: 'tavoitteen mukainen arvo vuonna 2022 olisi 5,6',
    });
    expect(row.sourceLine).toBe('Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026');
    expect(row.staleNote).toBeNull();
    expect(row.problem).toBeNull();
  });

  it('says so in Swedish and English as well', () => {
    const view = sotkanet({ target: { year: 2028, value: 8 }, attribution: null });
    expect(indicatorReportRow(view, 'sv').cells).toMatchObject({ sinceBaseline: '−0,6 (2020–2022), bort från målet', target: '8,0 (2028), ökar (riktningen härledd ur siffrorna)', assessment: 'Inte enligt målet' });
    expect(indicatorReportRow(view, 'en').cells).toMatchObject({ latest: '5.4 (2022)', assessment: 'Not on track' });
    expect(indicatorReportRow(view, 'en').sourceLine).toBe('Source: THL, Sotkanet.fi (CC BY 4.0), retrieved 2 December 2026');
  });

  it('tells a missing baseline from a baseline year without a figure, and names why an indicator has no figures', () => {
    expect(indicatorReportRow(sotkanet({ baselineYear: null }), 'fi').cells.sinceBaseline).toBe('Ei lähtötasoa');
    expect(indicatorReportRow(sotkanet({ baselineYear: 2015 }), 'fi').cells.sinceBaseline).toBe('Ei lukua lähtötasovuodelta 2015');
    const empty = indicatorReportRow(sotkanet({ series: [], problem: 'no-municipality' }), 'fi');
    expect(empty.cells).toMatchObject({ latest: '–', assessment: 'Ei lukuja', reason: null });
    expect(empty.problem).toContain('Suunnitelmalle ei ole valittu kuntaa');
  });

  it("names the municipality's own figures as their source", () => {
    const local = sotkanet({ source: 'local', sourceId: null, fetchedAt: null, attribution: null, target: null, decimals: null, series: [series('municipality', 'Porvoo', [[2023, 4870], [2024, 5120]])] });
    const row = indicatorReportRow(local, 'fi');
    expect(row.cells).toMatchObject({ latest: '5\u00a0120 (2024)', sincePrevious: '+250 (2023–2024)', target: '–', assessment: 'Ei tavoitetta' });
    expect(row.sourceLine).toBe('Lähde: kunnan oma tieto');
    // Figures without Sotkanet's decimals are written with as many as they have: 5 247, not 5 246,67.
    const withTarget = indicatorReportRow({ ...local, target: { year: 2026, value: 6000, direction: 'increase' }, baselineYear: 2023 }, 'fi');
    expect(withTarget.cells.reason).toBe('tavoitteen mukainen arvo vuonna 2024 olisi 5\u00a0247');
    const tenths = { ...local, series: [series('municipality', 'Porvoo', [[2023, 12.5], [2024, 12]])] };
    expect(indicatorReportRow(tenths, 'fi').cells.latest).toBe('12,0 (2024)');
    expect(buildIndicatorReport([local], 'fi')).toMatchObject({ sourceLine: null, fetchedAt: null, staleNote: null });
  });

  it('gives the section one source line with the oldest date of the cache, and says when the figures are not up to date', () => {
    const fresh = sotkanet({ id: 'a', fetchedAt: '2026-12-02T06:00:00.000Z' });
    const stale = sotkanet({ id: 'b', fetchedAt: '2026-11-28T06:00:00.000Z', stale: true });
    const report = buildIndicatorReport([fresh, stale], 'fi');
    expect(report.sourceLine).toBe('Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 28.11.2026');
    expect(report.fetchedAt).toBe('2026-11-28T06:00:00.000Z');
    expect(report.staleNote).toBe('Tiedot eivät ole ajan tasalla (haettu 28.11.2026).');
    expect(report.rows.map((r) => r.staleNote)).toEqual([null, 'Tiedot eivät ole ajan tasalla (haettu 28.11.2026).']);
    expect(buildIndicatorReport([fresh], 'fi').staleNote).toBeNull();
  });
});

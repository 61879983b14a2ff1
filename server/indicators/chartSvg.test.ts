import { describe, expect, it } from 'vitest';
import type { IndicatorView } from '../../shared/api/indicators';
import { indicatorChartSvg } from './chartSvg';

const local: IndicatorView = {
  id: 'l1',
  source: 'local',
  sourceId: null,
  title: 'Nuorisotalon kävijät',
  unit: 'käyntiä',
  decimals: null,
  series: [{ area: { code: '638', title: 'Porvoo', kind: 'municipality' }, gender: 'total', points: [{ year: 2023, value: 4870 }, { year: 2024, value: 5120 }] }],
  target: null,
  baselineYear: null,
  fetchedAt: null,
  stale: false,
  attribution: null,
  producer: null,
  problem: null,
  language: 'fi',
};

describe('the chart as SVG', () => {
  it('is an image named and described for assistive technology, with its source', async () => {
    const svg = await indicatorChartSvg(local, 'fi');
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="(chart-[\w-]+-title) (chart-[\w-]+-desc)"/);
    expect(svg).toMatch(/<title id="chart-[\w-]+-title">Nuorisotalon kävijät<\/title><desc id="chart-[\w-]+-desc">Kaavio: Nuorisotalon kävijät \(käyntiä\)\. Porvoo 2024: 5\u00a0120\. Lähde: kunnan oma tieto\.<\/desc>/);
    expect(svg).toContain('Lähde: kunnan oma tieto');
  });

  it('writes axis figures as people read them, not in exponent notation (5.1e+3 was shown for local figures)', async () => {
    const fi = await indicatorChartSvg(local, 'fi');
    expect(fi).not.toMatch(/\de[+-]\d/);
    expect(fi).toContain('5\u00a0000');
    const en = await indicatorChartSvg({ ...local, series: [{ ...local.series[0]!, points: [{ year: 2023, value: 4.25 }, { year: 2024, value: 5.5 }] }] }, 'en');
    expect(en).toContain('>4.4<');
    const sv = await indicatorChartSvg({ ...local, series: [{ ...local.series[0]!, points: [{ year: 2023, value: 4.25 }, { year: 2024, value: 5.5 }] }] }, 'sv');
    expect(sv).toContain('>4,4<');
  });
});

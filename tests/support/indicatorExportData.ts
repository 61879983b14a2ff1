/**
 * A plan's indicators as the exports get them (`ExportInput.indicators`):
 * Sotkanet's with the municipality against its county and the country and
 * by sex, a target and a baseline; the municipality's own; one stale from
 * the cache; one Sotkanet cannot show (no municipality); and, on request,
 * one with hostile text in its title and unit. Figures as the Sotkanet
 * stand-in would serve them (`standInValue`).
 */
import type { IndicatorSeries, IndicatorView } from '../../shared/api/indicators';
import { STAND_IN_INDICATORS, standInValue, type StandInIndicator } from './sotkanetStandIn';

const PORVOO = { code: '638', title: 'Porvoo', kind: 'municipality' as const, regionId: 421 };
const COUNTY = { code: '32', title: 'Itä-Uudenmaan hyvinvointialue', kind: 'county' as const, regionId: 1101 };
const COUNTRY = { code: '246', title: 'Koko maa', kind: 'country' as const, regionId: 658 };

export const FETCHED_AT = '2026-12-02T06:00:00.000Z';
export const STALE_FETCHED_AT = '2026-11-20T06:00:00.000Z';

function seriesOf(indicator: StandInIndicator, area: typeof PORVOO | typeof COUNTY | typeof COUNTRY, gender: IndicatorSeries['gender']): IndicatorSeries {
  const { regionId, ...seriesArea } = area;
  const points = [];
  for (let year = indicator.range.start; year <= indicator.range.end; year++) points.push({ year, value: standInValue(indicator, regionId, year, gender) });
  return { area: seriesArea, gender, points };
}

/** A Sotkanet indicator of the stand-in as `GET /api/plans/:id/indicators` gives it in Finnish. */
export function sotkanetView(indicator: StandInIndicator, change: Partial<IndicatorView> = {}): IndicatorView {
  const series = [seriesOf(indicator, PORVOO, 'total'), seriesOf(indicator, COUNTY, 'total'), seriesOf(indicator, COUNTRY, 'total')];
  if (indicator.sexes) series.push(seriesOf(indicator, PORVOO, 'female'), seriesOf(indicator, PORVOO, 'male'));
  return {
    id: `ind-${indicator.id}`,
    source: 'sotkanet',
    sourceId: indicator.id,
    title: indicator.title.fi,
    unit: indicator.unit.fi,
    decimals: indicator.decimals,
    series,
    target: null,
    baselineYear: null,
    fetchedAt: FETCHED_AT,
    stale: false,
    attribution: 'Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026',
    producer: indicator.organization.title.fi,
    problem: null,
    language: 'fi',
    ...change,
  };
}

const byId = (id: number) => STAND_IN_INDICATORS.find((i) => i.id === id)!;

export const HOSTILE_TITLE = 'Mittari <script>alert(1)</script> & "lainaus"';

export function indicatorViews(options: { hostile?: boolean } = {}): IndicatorView[] {
  const views: IndicatorView[] = [
    // Social assistance, 6 % falling ~2 %/year: a decreasing target it is on track for.
    sotkanetView(byId(5), { target: { year: 2028, value: 4.5, direction: 'decrease' }, baselineYear: 2019 }),
    // Bullying, from the cache while Sotkanet is away.
    sotkanetView(byId(289), { target: { year: 2027, value: 7, direction: 'decrease' }, baselineYear: 2017, stale: true, fetchedAt: STALE_FETCHED_AT, attribution: 'Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 20.11.2026' }),
    {
      ...sotkanetView(byId(127)),
      id: 'local-1',
      source: 'local',
      sourceId: null,
      title: 'Nuorisotalon kävijät',
      unit: 'käyntiä',
      decimals: null,
      series: [{ area: { code: '638', title: 'Porvoo', kind: 'municipality' }, gender: 'total', points: [{ year: 2022, value: 4310 }, { year: 2023, value: 4870 }, { year: 2024, value: 5120 }] }],
      target: { year: 2026, value: 6000, direction: 'increase' },
      baselineYear: 2022,
      fetchedAt: null,
      attribution: null,
      producer: null,
    },
    sotkanetView(byId(3113), { series: [], fetchedAt: null, attribution: null, problem: 'no-municipality' }),
  ];
  if (options.hostile) views.push(sotkanetView(byId(186), { id: 'hostile', title: HOSTILE_TITLE, unit: '<b>%</b>' }));
  return views;
}

import type { IndicatorProblem, IndicatorSeries, IndicatorView, SeriesArea } from '../../shared/api/indicators';
import { CHART_WORDS, sotkanetAttribution } from '../../shared/indicators/words';
import type { Language } from '../../shared/languages';
import type { PlanIndicator } from '../../shared/plan/indicators';
import { localized } from './catalogueIndex';
import type { PlanAreas } from './sotkanet/regions';
import { SotkanetError } from './sotkanet/sotkanetClient';
import type { Region } from './sotkanet/schemas';
import { SotkanetUnavailable, type SotkanetSource, type SeriesRow } from './sotkanetSource';
import type { CatalogueIndex } from './catalogueIndex';

/** Indicators whose figures are read from the cache (or Sotkanet) at once. */
const CONCURRENCY = 4;

/** What every indicator of one plan shares: its areas and the catalogue, each null when not to be had. */
export interface ViewContext {
  lang: Language;
  municipalityCode: string | null;
  areas: PlanAreas | null;
  /** The region list could not be had at all (nothing cached, Sotkanet down). */
  regionsUnavailable: boolean;
  catalogue: CatalogueIndex | null;
}

export function seriesArea(region: Region, kind: SeriesArea['kind'], lang: Language, code = region.code): SeriesArea {
  return { code, title: localized(region.title, lang), kind };
}

/** Reads what the views of a plan's indicators need once: the areas of its municipality and the catalogue. */
export async function viewContext(source: SotkanetSource, indicators: readonly PlanIndicator[], municipalityCode: string | null, lang: Language): Promise<ViewContext> {
  const context: ViewContext = { lang, municipalityCode, areas: null, regionsUnavailable: false, catalogue: null };
  if (municipalityCode !== null) {
    try {
      context.areas = (await source.regions()).value.areasOf(municipalityCode) ?? null;
    } catch (error) {
      if (!(error instanceof SotkanetUnavailable)) throw error;
      context.regionsUnavailable = true;
    }
  }
  if (indicators.some((i) => i.source === 'sotkanet')) {
    context.catalogue = await source.catalogue().then(
      (c) => c.value,
      (error: unknown) => {
        if (error instanceof SotkanetUnavailable) return null;
        throw error;
      },
    );
  }
  return context;
}

export async function indicatorViews(source: SotkanetSource, indicators: readonly PlanIndicator[], context: ViewContext): Promise<IndicatorView[]> {
  const views: IndicatorView[] = new Array(indicators.length);
  let next = 0;
  const worker = async () => {
    while (next < indicators.length) {
      const index = next++;
      views[index] = await indicatorView(source, indicators[index]!, context);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, indicators.length) }, worker));
  return views;
}

function baseView(indicator: PlanIndicator, lang: Language): IndicatorView {
  return {
    id: indicator.id,
    source: indicator.source,
    sourceId: indicator.sourceId,
    title: indicator.title,
    unit: indicator.unit,
    decimals: null,
    series: [],
    target: indicator.target,
    baselineYear: indicator.baselineYear,
    fetchedAt: null,
    stale: false,
    attribution: null,
    producer: null,
    problem: null,
    language: lang,
  };
}

/** One indicator with its figures; never throws for what Sotkanet did, but says it in `problem` and `stale`. */
export async function indicatorView(source: SotkanetSource, indicator: PlanIndicator, context: ViewContext): Promise<IndicatorView> {
  const view = baseView(indicator, context.lang);
  if (indicator.source === 'local') return localView(view, indicator, context);

  const id = indicator.sourceId!;
  const item = context.catalogue?.get(id);
  if (item) {
    view.title = localized(item.title, context.lang) || view.title;
    view.producer = localized(item.organization?.title, context.lang) || null;
  } else if (context.catalogue) {
    view.problem = 'not-in-catalogue';
    return view;
  }
  const meta = await source.metadata(id).then(
    (m) => m.value,
    () => undefined,
  );
  if (meta) {
    view.unit = localized(meta.primaryValueType?.title, context.lang) || view.unit;
    view.decimals = meta.decimals ?? null;
    view.producer = localized(meta.organization?.title, context.lang) || view.producer;
  }
  if (context.municipalityCode === null) return withProblem(view, 'no-municipality');
  if (!context.areas) return withProblem(view, context.regionsUnavailable ? 'unavailable' : 'no-municipality');

  const { municipality, county, country } = context.areas;
  const areas = new Map<number, SeriesArea>([[municipality.id, seriesArea(municipality, 'municipality', context.lang, context.municipalityCode)]]);
  if (county) areas.set(county.id, seriesArea(county, 'county', context.lang));
  if (country) areas.set(country.id, seriesArea(country, 'country', context.lang));
  try {
    const fetched = await source.series(id, [...areas.keys()]);
    view.series = toSeries(fetched.value, areas);
    view.fetchedAt = fetched.fetchedAt;
    view.stale = fetched.stale;
    view.attribution = sotkanetAttribution(fetched.fetchedAt, context.lang);
    if (view.series.length === 0) view.problem = 'no-data';
  } catch (error) {
    if (error instanceof SotkanetUnavailable) view.problem = 'unavailable';
    else if (error instanceof SotkanetError && error.kind === 'not-found') view.problem = 'not-in-catalogue';
    else throw error;
  }
  return view;
}

function withProblem(view: IndicatorView, problem: IndicatorProblem): IndicatorView {
  view.problem = problem;
  return view;
}

function localView(view: IndicatorView, indicator: PlanIndicator, context: ViewContext): IndicatorView {
  const area: SeriesArea = context.areas
    ? seriesArea(context.areas.municipality, 'municipality', context.lang, context.municipalityCode ?? undefined)
    : { code: context.municipalityCode ?? '', title: CHART_WORDS[context.lang].ownMunicipality, kind: 'municipality' };
  if (indicator.localValues.length === 0) return withProblem(view, 'no-data');
  view.series = [{ area, gender: 'total', points: indicator.localValues }];
  return view;
}

const AREA_ORDER = { municipality: 0, county: 1, country: 2 } as const;
const GENDER_ORDER = { total: 0, female: 1, male: 2 } as const;

/** Rows of the plan's areas grouped into one series per area and sex, areas and sexes in a fixed order, years ascending. */
function toSeries(rows: readonly SeriesRow[], areas: Map<number, SeriesArea>): IndicatorSeries[] {
  const byKey = new Map<string, IndicatorSeries>();
  for (const row of rows) {
    const area = areas.get(row.region);
    if (!area) continue;
    const key = `${row.region}:${row.gender}`;
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { area, gender: row.gender, points: [] }));
    if (!series.points.some((p) => p.year === row.year)) series.points.push({ year: row.year, value: row.value });
  }
  const list = [...byKey.values()];
  for (const series of list) series.points.sort((a, b) => a.year - b.year);
  return list.sort((a, b) => AREA_ORDER[a.area.kind] - AREA_ORDER[b.area.kind] || GENDER_ORDER[a.gender] - GENDER_ORDER[b.gender]);
}

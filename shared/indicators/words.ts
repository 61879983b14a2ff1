/**
 * The words a chart, its table and its source line print, in each language,
 * the same in the browser, on the server and in every export.
 */
import type { Language } from '../languages';
import type { IndicatorProblem, SeriesGender } from '../api/indicators';

interface ChartWords {
  year: string;
  value: string;
  target: string;
  baseline: string;
  /** A series of one sex: "Porvoo, naiset". */
  gender: Record<Exclude<SeriesGender, 'total'>, string>;
  /** The area of a local indicator when the plan has no municipality yet. */
  ownMunicipality: string;
  /** "Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026". */
  sotkanetSource: (date: string) => string;
  localSource: string;
  noFigures: string;
  /** Why a chart is empty. */
  problems: Record<IndicatorProblem, string>;
  latest: (area: string, year: number, value: string) => string;
  targetLine: (year: number, value: string) => string;
  chartOf: (title: string) => string;
  tableCaption: (title: string) => string;
}

export const CHART_WORDS: Record<Language, ChartWords> = {
  fi: {
    year: 'Vuosi',
    value: 'Arvo',
    target: 'Tavoite',
    baseline: 'Lähtötaso',
    gender: { female: 'naiset', male: 'miehet' },
    ownMunicipality: 'Kunta',
    sotkanetSource: (date) => `Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu ${date}`,
    localSource: 'Lähde: kunnan oma tieto',
    noFigures: 'Ei lukuja.',
    problems: {
      'no-municipality': 'Suunnitelmalle ei ole valittu kuntaa, joten Sotkanetin lukuja ei voi näyttää.',
      unavailable: 'Sotkanetiin ei saada yhteyttä, eikä lukuja ole vielä tallessa. Yritä myöhemmin uudelleen.',
      'not-in-catalogue': 'Sotkanetissa ei ole enää tätä indikaattoria.',
      'no-data': 'Sotkanetissa ei ole tälle alueelle lukuja tästä indikaattorista.',
    },
    latest: (area, year, value) => `${area} ${year}: ${value}`,
    targetLine: (year, value) => `Tavoite ${year}: ${value}`,
    chartOf: (title) => `Kaavio: ${title}`,
    tableCaption: (title) => `${title}: luvut vuosittain`,
  },
  sv: {
    year: 'År',
    value: 'Värde',
    target: 'Mål',
    baseline: 'Utgångsläge',
    gender: { female: 'kvinnor', male: 'män' },
    ownMunicipality: 'Kommunen',
    sotkanetSource: (date) => `Källa: THL, Sotkanet.fi (CC BY 4.0), hämtad ${date}`,
    localSource: 'Källa: kommunens egna uppgifter',
    noFigures: 'Inga siffror.',
    problems: {
      'no-municipality': 'Ingen kommun har valts för planen, så siffror från Sotkanet kan inte visas.',
      unavailable: 'Sotkanet kan inte nås och inga siffror har sparats ännu. Försök igen senare.',
      'not-in-catalogue': 'Indikatorn finns inte längre i Sotkanet.',
      'no-data': 'Sotkanet har inga siffror för området för den här indikatorn.',
    },
    latest: (area, year, value) => `${area} ${year}: ${value}`,
    targetLine: (year, value) => `Mål ${year}: ${value}`,
    chartOf: (title) => `Diagram: ${title}`,
    tableCaption: (title) => `${title}: siffror per år`,
  },
  en: {
    year: 'Year',
    value: 'Value',
    target: 'Target',
    baseline: 'Baseline',
    gender: { female: 'women', male: 'men' },
    ownMunicipality: 'Municipality',
    sotkanetSource: (date) => `Source: THL, Sotkanet.fi (CC BY 4.0), retrieved ${date}`,
    localSource: "Source: the municipality's own data",
    noFigures: 'No figures.',
    problems: {
      'no-municipality': 'No municipality has been chosen for the plan, so figures from Sotkanet cannot be shown.',
      unavailable: 'Sotkanet cannot be reached and no figures have been stored yet. Try again later.',
      'not-in-catalogue': 'Sotkanet no longer has this indicator.',
      'no-data': 'Sotkanet has no figures of this indicator for the area.',
    },
    latest: (area, year, value) => `${area} ${year}: ${value}`,
    targetLine: (year, value) => `Target ${year}: ${value}`,
    chartOf: (title) => `Chart: ${title}`,
    tableCaption: (title) => `${title}: figures by year`,
  },
};

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A fetch date as people in Finland write it: 2.12.2026 (fi, sv), 2 December 2026 (en), in Finnish time. */
export function formatFetchDate(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (lang === 'en') return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Helsinki' }).format(date);
  const parts = new Intl.DateTimeFormat('fi-FI', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')}`;
}

/** The source line of Sotkanet's figures fetched at `fetchedAt`. */
export function sotkanetAttribution(fetchedAt: string, lang: Language): string {
  return CHART_WORDS[lang].sotkanetSource(formatFetchDate(fetchedAt, lang));
}

/**
 * A figure with the language's decimal sign and grouping (12,3 · 12.3; 50 123 · 50,123);
 * `signed` writes a change with its sign (+0,3 · −0,4 · 0).
 */
export function formatFigure(value: number, lang: Language, decimals: number | null = null, signed = false): string {
  const options: Intl.NumberFormatOptions = decimals === null ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (signed) options.signDisplay = 'exceptZero';
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}

/**
 * `/api/indicators/…` (the Sotkanet catalogue, the municipalities) and
 * `/api/plans/:id/indicators…` (a plan's indicator set with its figures).
 * The set itself lives in the plan document (shared/plan/indicators.ts);
 * Sotkanet's figures come from the server's cache when a plan is read.
 */
import { z } from 'zod';
import { LANGUAGES, type Language } from '../languages';
import {
  INDICATOR_LIMITS,
  TARGET_DIRECTIONS,
  type IndicatorPoint,
  type IndicatorSource,
  type IndicatorTarget,
} from '../plan/indicators';

export type { IndicatorPoint, IndicatorSource, IndicatorTarget };

/** `?lang=fi|sv|en`: the language of titles and of the source line (else the request's Accept-Language, else Finnish). */
export const languageQuerySchema = z.object({ lang: z.enum(LANGUAGES).optional() });

/** `GET /api/indicators/catalogue?q=…[&limit=…]`. */
export const catalogueQuerySchema = languageQuerySchema.extend({
  q: z.string().max(200).default(''),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** `GET /api/indicators/municipalities?q=…`. */
export const municipalityQuerySchema = languageQuerySchema.extend({ q: z.string().max(100).default('') });

/** Statistics Finland's municipality code, "638" (Porvoo) or "91"/"091" (Helsinki); null takes it away. */
export const municipalityCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{1,3}$/, 'municipalityCode must be a municipality code of Statistics Finland, e.g. "638"')
  .transform((code) => code.padStart(3, '0'))
  .nullable();

const year = z.number().int().min(INDICATOR_LIMITS.minYear).max(INDICATOR_LIMITS.maxYear);
const figure = z.number().refine(Number.isFinite, 'must be a finite number');
const title = z.string().trim().min(1, 'title must not be empty').max(INDICATOR_LIMITS.title);
const unit = z.string().trim().max(INDICATOR_LIMITS.unit);

/** Sotkanet's indicator id, as a number or a string of digits. */
const sotkanetId = z.union([z.number().int().positive().max(2 ** 31), z.string().regex(/^\d{1,10}$/).transform(Number)]);

/** `POST /api/plans/:id/indicators`. */
export const newIndicatorSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('sotkanet'), sourceId: sotkanetId }),
  z.object({ source: z.literal('local'), title, unit: unit.optional() }),
]);

export const targetSchema = z.object({ year, value: figure, direction: z.enum(TARGET_DIRECTIONS).optional() });

/** `PATCH /api/plans/:id/indicators/:indicatorId`: `title` and `unit` for local indicators only. */
export const indicatorChangeSchema = z
  .object({ target: targetSchema.nullable().optional(), baselineYear: year.nullable().optional(), title: title.optional(), unit: unit.optional() })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'give target, baselineYear, title or unit');

/** `PUT /api/plans/:id/indicators/:indicatorId/values`: a local indicator's figures, one a year. */
export const indicatorValuesSchema = z.object({
  points: z
    .array(z.object({ year, value: figure }))
    .max(INDICATOR_LIMITS.points)
    .refine((points) => new Set(points.map((p) => p.year)).size === points.length, 'each year once'),
});

/** One item of the catalogue search. */
export interface CatalogueEntry {
  source: 'sotkanet';
  sourceId: number;
  /** In the asked language (another one when Sotkanet has none in it). */
  title: string;
  /** Who produces the figures (THL, Statistics Finland, Kela…), when Sotkanet says. */
  producer: string | null;
}

export interface MunicipalityEntry {
  code: string;
  title: string;
}

export type AreaKind = 'municipality' | 'county' | 'country';
export type SeriesGender = 'total' | 'female' | 'male';

export interface SeriesArea {
  /** The municipality's code; a county's and the country's code in Sotkanet. */
  code: string;
  title: string;
  kind: AreaKind;
}

export interface IndicatorSeries {
  area: SeriesArea;
  gender: SeriesGender;
  /** By year, ascending. */
  points: IndicatorPoint[];
}

/**
 * Why an indicator has no figures to show (null: it has them): the plan has
 * no municipality, Sotkanet could not be reached and nothing is cached,
 * Sotkanet no longer knows the indicator, or it has no figures for the area.
 */
export type IndicatorProblem = 'no-municipality' | 'unavailable' | 'not-in-catalogue' | 'no-data';

/** One indicator of a plan with its figures, as `GET /api/plans/:id/indicators` lists it. */
export interface IndicatorView {
  id: string;
  source: IndicatorSource;
  /** Sotkanet's indicator id; null for a local indicator. */
  sourceId: number | null;
  title: string;
  unit: string;
  /** Sotkanet's number of decimals, when known. */
  decimals: number | null;
  series: IndicatorSeries[];
  target: IndicatorTarget | null;
  baselineYear: number | null;
  /** When the figures were fetched from Sotkanet; null for local indicators. */
  fetchedAt: string | null;
  /** The figures are from the cache because Sotkanet could not be reached, and older than a day. */
  stale: boolean;
  /** "Lähde: THL, Sotkanet.fi (CC BY 4.0), haettu 2.12.2026" in the asked language; null for local indicators. */
  attribution: string | null;
  producer: string | null;
  problem: IndicatorProblem | null;
  language: Language;
}

/** `GET /api/plans/:id/municipality`: the plan's areas (null code: none chosen yet). */
export interface PlanMunicipality {
  code: string | null;
  municipality: SeriesArea | null;
  county: SeriesArea | null;
  country: SeriesArea | null;
  /** The region list came from the cache and Sotkanet could not be reached (or nothing is known: code without areas). */
  stale: boolean;
}

/**
 * The plan's indicator set (mittarit) in the plan document, co-edited and
 * versioned like the rest of it:
 *
 * - `meta.municipalityCode` (string): the municipality (Statistics Finland's
 *   code, "638" Porvoo) whose figures the indicators show
 * - `indicators` (Y.Map id → Y.Map): `source` (`sotkanet` | `local`),
 *   `sourceId` (Sotkanet's indicator id, a number; absent for local ones),
 *   `title`, `unit`, `order` (strings), `target` (`{year, value, direction?}`,
 *   replaced whole), `baselineYear` (number), `localValues` (Y.Map year → value:
 *   the figures people enter for a local indicator, one entry a year, so that
 *   two people entering different years both keep theirs)
 *
 * Figures fetched from Sotkanet are not in the document: the server reads them
 * from its cache when the plan is read. Writers validate and throw
 * `PlanDocError`; readers never throw and skip what they cannot read.
 */
import * as Y from 'yjs';
import { entityEntries, getMeasureMap } from './collections';
import { getMeta, PlanDocError } from './doc';
import { readRefIds, writeRefIds } from './measureRefs';
import { isEntityId, newId } from './ids';
import { placeAt, sortOrdered } from './order';

export const INDICATORS_KEY = 'indicators';
export const MUNICIPALITY_CODE_KEY = 'municipalityCode';

export const INDICATOR_SOURCES = ['sotkanet', 'local'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** Which way the figure should go: up (more is better), down, or stay where it is. */
export const TARGET_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

export interface IndicatorPoint {
  year: number;
  value: number;
}

export interface IndicatorTarget {
  year: number;
  value: number;
  direction?: TargetDirection;
}

/** One indicator of the plan, as the document holds it. */
export interface PlanIndicator {
  id: string;
  source: IndicatorSource;
  /** Sotkanet's indicator id; null for a local indicator. */
  sourceId: number | null;
  /** The title when it was added (Finnish for Sotkanet's); readers show the source's title in their language where they have it. */
  title: string;
  unit: string;
  target: IndicatorTarget | null;
  baselineYear: number | null;
  /** A local indicator's figures, by year; empty for Sotkanet's. */
  localValues: IndicatorPoint[];
}

export const INDICATOR_LIMITS = { title: 300, unit: 100, indicators: 200, points: 300, minYear: 1900, maxYear: 2100 } as const;

export function getIndicatorMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(INDICATORS_KEY);
}

// ---------------------------------------------------------------------------
// Readers

const isYear = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= INDICATOR_LIMITS.minYear && (value as number) <= INDICATOR_LIMITS.maxYear;
const isFigure = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The plan's municipality code, or null when none is set. */
export function readMunicipalityCode(doc: Y.Doc): string | null {
  try {
    const code = getMeta(doc).get(MUNICIPALITY_CODE_KEY);
    return typeof code === 'string' && code !== '' ? code : null;
  } catch {
    return null;
  }
}

function readTarget(value: unknown): IndicatorTarget | null {
  if (typeof value !== 'object' || value === null) return null;
  const { year, value: figure, direction } = value as Record<string, unknown>;
  if (!isYear(year) || !isFigure(figure)) return null;
  return (TARGET_DIRECTIONS as readonly unknown[]).includes(direction)
    ? { year, value: figure, direction: direction as TargetDirection }
    : { year, value: figure };
}

function readPoints(value: unknown): IndicatorPoint[] {
  if (!(value instanceof Y.Map)) return [];
  const points: IndicatorPoint[] = [];
  value.forEach((figure: unknown, key: string) => {
    const year = Number(key);
    if (isYear(year) && String(year) === key && isFigure(figure)) points.push({ year, value: figure });
  });
  return points.sort((a, b) => a.year - b.year);
}

function readIndicator(id: string, entity: Y.Map<unknown>): PlanIndicator | null {
  const source = entity.get('source');
  if (source !== 'sotkanet' && source !== 'local') return null;
  const sourceId = entity.get('sourceId');
  if (source === 'sotkanet' && !(Number.isInteger(sourceId) && (sourceId as number) > 0)) return null;
  const text = (key: string) => {
    const value = entity.get(key);
    return typeof value === 'string' ? value : value instanceof Y.Text ? value.toString() : '';
  };
  const baselineYear = entity.get('baselineYear');
  return {
    id,
    source,
    sourceId: source === 'sotkanet' ? (sourceId as number) : null,
    title: text('title'),
    unit: text('unit'),
    target: readTarget(entity.get('target')),
    baselineYear: isYear(baselineYear) ? baselineYear : null,
    localValues: source === 'local' ? readPoints(entity.get('localValues')) : [],
  };
}

function entries(doc: Y.Doc): Array<{ id: string; order: string; entity: Y.Map<unknown> }> {
  const list: Array<{ id: string; order: string; entity: Y.Map<unknown> }> = [];
  try {
    getIndicatorMap(doc).forEach((value, id) => {
      if (!(value instanceof Y.Map)) return;
      const order = value.get('order');
      list.push({ id, order: typeof order === 'string' ? order : '', entity: value as Y.Map<unknown> });
    });
  } catch {
    // The name taken by another Yjs type: no indicators to read.
  }
  return sortOrdered(list);
}

/** The plan's indicators in the order they were added (as placed). */
export function readPlanIndicators(doc: Y.Doc): PlanIndicator[] {
  return entries(doc)
    .map(({ id, entity }) => readIndicator(id, entity))
    .filter((i): i is PlanIndicator => i !== null);
}

export function readPlanIndicator(doc: Y.Doc, id: string): PlanIndicator | undefined {
  const entity = getIndicatorMap(doc).get(id);
  return entity instanceof Y.Map ? (readIndicator(id, entity as Y.Map<unknown>) ?? undefined) : undefined;
}

// ---------------------------------------------------------------------------
// Writers

function checkString(value: unknown, what: string, max: number, required: boolean): string {
  if (typeof value !== 'string') throw new PlanDocError('invalid', `${what} must be a string`);
  const trimmed = value.trim();
  if (required && trimmed === '') throw new PlanDocError('invalid', `${what} must not be empty`);
  if (trimmed.length > max) throw new PlanDocError('invalid', `${what} is longer than ${max} characters`);
  return trimmed;
}

function checkYear(value: unknown, what: string): number {
  if (!isYear(value)) throw new PlanDocError('invalid', `${what} must be a year between ${INDICATOR_LIMITS.minYear} and ${INDICATOR_LIMITS.maxYear}`);
  return value;
}

function checkTarget(target: IndicatorTarget): IndicatorTarget {
  const year = checkYear(target.year, 'target.year');
  if (!isFigure(target.value)) throw new PlanDocError('invalid', 'target.value must be a number');
  if (target.direction === undefined) return { year, value: target.value };
  if (!(TARGET_DIRECTIONS as readonly string[]).includes(target.direction)) {
    throw new PlanDocError('invalid', `target.direction must be one of ${TARGET_DIRECTIONS.join(', ')}`);
  }
  return { year, value: target.value, direction: target.direction };
}

function requireIndicator(doc: Y.Doc, id: string): Y.Map<unknown> {
  const entity = typeof id === 'string' ? getIndicatorMap(doc).get(id) : undefined;
  if (!(entity instanceof Y.Map)) throw new PlanDocError('not-found', `unknown indicator: ${String(id)}`);
  return entity as Y.Map<unknown>;
}

/** Sets (or with null clears) the plan's municipality code; the caller has checked that it is a municipality's. */
export function setMunicipalityCode(doc: Y.Doc, code: string | null, origin?: unknown): void {
  if (code !== null && !/^\d{3}$/.test(code)) throw new PlanDocError('invalid', 'municipalityCode must be three digits');
  doc.transact(() => {
    const meta = getMeta(doc);
    if (code === null) meta.delete(MUNICIPALITY_CODE_KEY);
    else if (meta.get(MUNICIPALITY_CODE_KEY) !== code) meta.set(MUNICIPALITY_CODE_KEY, code);
  }, origin);
}

export type NewPlanIndicator =
  | { source: 'sotkanet'; sourceId: number; title: string; unit?: string }
  | { source: 'local'; title: string; unit?: string };

/** Adds an indicator at the end of the set and returns its id; a Sotkanet indicator is in a plan once. */
export function addPlanIndicator(doc: Y.Doc, input: NewPlanIndicator, origin?: unknown): string {
  const title = checkString(input.title, 'title', INDICATOR_LIMITS.title, true);
  const unit = checkString(input.unit ?? '', 'unit', INDICATOR_LIMITS.unit, false);
  const existing = entries(doc);
  if (existing.length >= INDICATOR_LIMITS.indicators) throw new PlanDocError('invalid', `a plan has at most ${INDICATOR_LIMITS.indicators} indicators`);
  if (input.source === 'sotkanet') {
    if (!Number.isInteger(input.sourceId) || input.sourceId <= 0) throw new PlanDocError('invalid', 'sourceId must be a positive integer');
    const twin = readPlanIndicators(doc).find((i) => i.source === 'sotkanet' && i.sourceId === input.sourceId);
    if (twin) throw new PlanDocError('conflict', `indicator ${input.sourceId} is in the plan already (${twin.id})`);
  }
  const id = newId();
  doc.transact(() => {
    const { order, reorder } = placeAt(existing, existing.length);
    for (const sibling of reorder) existing.find((e) => e.id === sibling.id)?.entity.set('order', sibling.order);
    const entity = new Y.Map<unknown>();
    getIndicatorMap(doc).set(id, entity);
    entity.set('source', input.source);
    if (input.source === 'sotkanet') entity.set('sourceId', input.sourceId);
    entity.set('title', title);
    entity.set('unit', unit);
    entity.set('order', order);
    if (input.source === 'local') entity.set('localValues', new Y.Map<number>());
  }, origin);
  return id;
}

export interface PlanIndicatorChange {
  /** Null removes the target. */
  target?: IndicatorTarget | null;
  baselineYear?: number | null;
  /** A local indicator's only: Sotkanet's are named by Sotkanet. */
  title?: string;
  unit?: string;
}

export function updatePlanIndicator(doc: Y.Doc, id: string, change: PlanIndicatorChange, origin?: unknown): void {
  const entity = requireIndicator(doc, id);
  const local = entity.get('source') === 'local';
  if (!local && (change.title !== undefined || change.unit !== undefined)) {
    throw new PlanDocError('invalid', "a Sotkanet indicator's title and unit come from Sotkanet");
  }
  const target = change.target ? checkTarget(change.target) : change.target;
  const baselineYear = change.baselineYear === undefined || change.baselineYear === null ? change.baselineYear : checkYear(change.baselineYear, 'baselineYear');
  const title = change.title === undefined ? undefined : checkString(change.title, 'title', INDICATOR_LIMITS.title, true);
  const unit = change.unit === undefined ? undefined : checkString(change.unit, 'unit', INDICATOR_LIMITS.unit, false);
  doc.transact(() => {
    if (target === null) entity.delete('target');
    else if (target) entity.set('target', target);
    if (baselineYear === null) entity.delete('baselineYear');
    else if (baselineYear !== undefined) entity.set('baselineYear', baselineYear);
    if (title !== undefined) entity.set('title', title);
    if (unit !== undefined) entity.set('unit', unit);
  }, origin);
}

/** Makes a local indicator's figures exactly `points` (one a year), changing only the years that differ. */
export function setLocalValues(doc: Y.Doc, id: string, points: readonly IndicatorPoint[], origin?: unknown): void {
  const entity = requireIndicator(doc, id);
  if (entity.get('source') !== 'local') throw new PlanDocError('invalid', "a Sotkanet indicator's figures come from Sotkanet");
  if (points.length > INDICATOR_LIMITS.points) throw new PlanDocError('invalid', `at most ${INDICATOR_LIMITS.points} figures`);
  const wanted = new Map<string, number>();
  for (const point of points) {
    const year = checkYear(point.year, 'year');
    if (!isFigure(point.value)) throw new PlanDocError('invalid', `the figure of ${year} must be a number`);
    if (wanted.has(String(year))) throw new PlanDocError('invalid', `${year} is given twice`);
    wanted.set(String(year), point.value);
  }
  doc.transact(() => {
    let values = entity.get('localValues');
    if (!(values instanceof Y.Map)) {
      values = new Y.Map<number>();
      entity.set('localValues', values);
    }
    const map = values as Y.Map<unknown>;
    for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
    for (const [key, value] of wanted) if (map.get(key) !== value) map.set(key, value);
  }, origin);
}

/**
 * Removes an indicator and, in the same transaction, every measure's
 * reference to it, so that no measure names an indicator the plan no longer
 * has (not even for a moment another client could see); false if the plan
 * had none of that id.
 */
export function removePlanIndicator(doc: Y.Doc, id: string, origin?: unknown): boolean {
  if (!isEntityId(id) || !getIndicatorMap(doc).has(id)) return false;
  doc.transact(() => {
    for (const [, measure] of entityEntries(getMeasureMap(doc))) {
      const refs = readRefIds(measure, 'indicator');
      if (refs.includes(id)) writeRefIds(measure, 'indicator', refs.filter((ref) => ref !== id));
    }
    getIndicatorMap(doc).delete(id);
  }, origin);
  return true;
}

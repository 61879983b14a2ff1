/**
 * The plan document's top-level maps and what every writer and reader of
 * them shares: the entity type, the error writers throw, the text bound.
 * doc.ts re-exports all of it; the vocabulary modules import it from here so
 * that doc.ts can use them without an import circle.
 */
import * as Y from 'yjs';
import { readStringValue } from './text';

export const META_KEY = 'meta';
export const FOCUS_AREAS_KEY = 'focusAreas';
export const GOALS_KEY = 'goals';
export const MEASURES_KEY = 'measures';

/** Longest text a writer accepts in one field (the importer's bound too). */
export const MAX_TEXT_LENGTH = 10_000;

/** One entity (focus area, goal, measure, party, …): a Y.Map of its fields. */
export type EntityMap = Y.Map<unknown>;

export type PlanDocErrorCode = 'not-found' | 'invalid' | 'conflict';

/** Thrown by the writers: `not-found` (unknown id), `invalid` (bad value), `conflict`. */
export class PlanDocError extends Error {
  readonly code: PlanDocErrorCode;
  constructor(code: PlanDocErrorCode, message: string) {
    super(message);
    this.name = 'PlanDocError';
    this.code = code;
  }
}

export function getMeta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(META_KEY);
}

export function getFocusAreaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(FOCUS_AREAS_KEY);
}

export function getGoalMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(GOALS_KEY);
}

export function getMeasureMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(MEASURES_KEY);
}

/** The entities of a collection that are Y.Maps (anything else is ignored). */
export function entityEntries(collection: Y.Map<unknown>): Array<[string, EntityMap]> {
  const entries: Array<[string, EntityMap]> = [];
  collection.forEach((value, id) => {
    if (value instanceof Y.Map) entries.push([id, value as EntityMap]);
  });
  return entries;
}

export function getEntity(collection: Y.Map<unknown>, id: string): EntityMap | undefined {
  const value = collection.get(id);
  return value instanceof Y.Map ? (value as EntityMap) : undefined;
}

export function getMeasure(doc: Y.Doc, id: string): EntityMap | undefined {
  return getEntity(getMeasureMap(doc), id);
}

export function requireEntity(collection: Y.Map<unknown>, id: string, what: string): EntityMap {
  const entity = typeof id === 'string' ? getEntity(collection, id) : undefined;
  if (!entity) throw new PlanDocError('not-found', `unknown ${what}: ${String(id)}`);
  return entity;
}

/** The `order` of an entity; '' when missing or not a string. */
export function readOrder(entity: EntityMap): string {
  return readStringValue(entity.get('order'));
}

export function checkText(value: unknown, what: string, max = MAX_TEXT_LENGTH): string {
  if (typeof value !== 'string') throw new PlanDocError('invalid', `${what} must be a string`);
  if (value.length > max) {
    throw new PlanDocError('invalid', `${what} is longer than ${max} characters`);
  }
  return value;
}

export function checkTitle(value: unknown, what: string): string {
  const title = checkText(value, what);
  if (title.trim() === '') throw new PlanDocError('invalid', `${what} must not be empty`);
  return title;
}

import * as Y from 'yjs';
import { entityEntries } from '../../shared/plan';

/** The audited fields of each table entity; `order` is left out: reordering is not a change of content. */
export const AUDITED_FIELDS = {
  focusArea: ['title'],
  goal: ['title', 'focusAreaId'],
  measure: ['title', 'goalId', 'responsible', 'targetGroup', 'indicator', 'schedule', 'status', 'statusNote'],
} as const;

export type TableEntity = keyof typeof AUDITED_FIELDS;

export type EntityValues = Record<string, string>;

export function entityValues(kind: TableEntity, entity: Y.Map<unknown>): EntityValues {
  const values: EntityValues = {};
  for (const field of AUDITED_FIELDS[kind]) {
    const value = entity.get(field);
    values[field] = value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : '';
  }
  return values;
}

export function collectionValues(kind: TableEntity, collection: Y.Map<unknown>): Map<string, EntityValues> {
  return new Map(entityEntries(collection).map(([id, entity]) => [id, entityValues(kind, entity)]));
}

export interface FieldChange {
  entityId: string;
  field: string;
  from: string | null;
  to: string | null;
}

/** Field changes between two states of one entity; creation and deletion are changes of `created` / `deleted`. */
export function entityChanges(entityId: string, before: EntityValues | undefined, after: EntityValues | undefined): FieldChange[] {
  if (!before && after) return [{ entityId, field: 'created', from: null, to: after.title ?? '' }];
  if (before && !after) return [{ entityId, field: 'deleted', from: before.title ?? '', to: null }];
  if (!before || !after) return [];
  return Object.keys(after)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ entityId, field, from: before[field] ?? '', to: after[field] ?? '' }));
}

/** Ids of the entities a transaction touched, from the events of an `observeDeep` on a collection. */
export function touchedIds(collection: Y.Map<unknown>, events: Y.YEvent<Y.AbstractType<unknown>>[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === collection) for (const key of event.changes.keys.keys()) ids.add(key);
    else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
  }
  return ids;
}

import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { PlanTableStore } from '../table/planTableStore';
import { numberEntities } from '../table/numbering';
import { usePlanTableStore } from '../table/usePlanTable';
import { measureTitles, type MeasureIndex } from './subjects';

const sameMap = <V,>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean =>
  a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

/** The plan's latest index per store, with the plan data it was read from. */
const latest = new WeakMap<PlanTableStore, { data: unknown; index: MeasureIndex }>();

/**
 * The index of the store's plan as it is now: the same object while the
 * titles and numbers hold, though statuses, notes and the rest change.
 */
function currentIndex(store: PlanTableStore): MeasureIndex {
  const data = store.getData();
  const known = latest.get(store);
  if (known?.data === data) return known.index;
  const next = { titles: measureTitles(data), numbers: numberEntities(data) };
  const index = known && sameMap(known.index.titles, next.titles) && sameMap(known.index.numbers, next.numbers) ? known.index : next;
  latest.set(store, { data, index });
  return index;
}

/**
 * The measures' titles and running numbers, live, so that the panel names a
 * measure as the table does. The page that holds the panel reads it: it
 * re-renders when a title or the numbering changes, never for a status or a
 * keystroke in a note.
 */
export function useMeasureIndex(doc: Y.Doc, planId: string): MeasureIndex {
  const store = usePlanTableStore(doc, planId);
  return useSyncExternalStore(store.subscribe, () => currentIndex(store));
}

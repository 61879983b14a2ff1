import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { PlanData } from '../../../shared/plan';
import { usePlanTableStore } from './usePlanTable';

/**
 * The plan's structured data, live, from the plan's table store: parts that
 * did not change keep their objects, so memoised derivations and components
 * below can compare by reference.
 */
export function usePlanData(doc: Y.Doc, planId: string): PlanData {
  const store = usePlanTableStore(doc, planId);
  return useSyncExternalStore(store.subscribe, store.getData);
}

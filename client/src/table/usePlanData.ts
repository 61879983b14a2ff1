import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { getFocusAreaMap, getGoalMap, getMeasureMap, readPlanData, type PlanData } from '../../../shared/plan';

/**
 * The plan's structured data, read again after every change of the three
 * table maps (anyone's). One transaction can touch all three maps; the read
 * waits for React to ask, so it happens once.
 */
function planStore(doc: Y.Doc, planId: string) {
  let snapshot: PlanData | null = null;
  return {
    subscribe(onChange: () => void): () => void {
      const maps = [getFocusAreaMap(doc), getGoalMap(doc), getMeasureMap(doc)];
      const changed = () => {
        snapshot = null;
        onChange();
      };
      for (const map of maps) map.observeDeep(changed);
      return () => {
        for (const map of maps) map.unobserveDeep(changed);
      };
    },
    getSnapshot(): PlanData {
      snapshot ??= readPlanData(doc, planId);
      return snapshot;
    },
  };
}

export function usePlanData(doc: Y.Doc, planId: string): PlanData {
  const store = useMemo(() => planStore(doc, planId), [doc, planId]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  getFocusAreaMap,
  getGoalMap,
  getMeasureMap,
  getPartyContactMap,
  getVocabularyMap,
  readPlanData,
  VOCABULARY_KINDS,
} from '../../../shared/plan';
import { vocabularyView, type VocabularyView } from './vocabularyView';

/** Changes reach the page at most this often: a burst of others' typing in measure titles is read once. */
const BATCH_MS = 150;

/**
 * The page's view of the plan document, read again after each batch of
 * changes to what it shows: the vocabularies and their contacts, and the
 * measures that use them (and their goals and focus areas, without which a
 * measure is not in the table). Observers are attached while React
 * subscribes, so a store left behind by a re-render holds nothing.
 */
export class VocabularyStore {
  private view: VocabularyView | null = null;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly planId: string,
  ) {}

  private maps(): Array<Y.Map<unknown>> {
    return [
      getFocusAreaMap(this.doc),
      getGoalMap(this.doc),
      getMeasureMap(this.doc),
      getPartyContactMap(this.doc),
      ...VOCABULARY_KINDS.map((kind) => getVocabularyMap(this.doc, kind)),
    ];
  }

  private readonly changed = () => {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.view = null;
      for (const listener of this.listeners) listener();
    }, BATCH_MS);
  };

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) for (const map of this.maps()) map.observeDeep(this.changed);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      for (const map of this.maps()) map.unobserveDeep(this.changed);
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      // Unobserved, it may miss changes: read anew when subscribed again.
      this.view = null;
    };
  };

  getView = (): VocabularyView => (this.view ??= vocabularyView(readPlanData(this.doc, this.planId)));
}

/** The plan's parties, target groups and projects with where each is used, live from its document. */
export function useLiveVocabularies(doc: Y.Doc, planId: string): VocabularyView {
  const store = useMemo(() => new VocabularyStore(doc, planId), [doc, planId]);
  return useSyncExternalStore(store.subscribe, store.getView);
}

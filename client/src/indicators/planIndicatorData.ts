import { useCallback, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { getIndicatorMap, getMeta, MUNICIPALITY_CODE_KEY } from '../../../shared/plan';
import type { Language } from '../../../shared/languages';
import { listIndicators, type IndicatorView } from './api';

/** What the plan's indicators look like to the blocks and rows that show them. */
export type PlanIndicators =
  | { kind: 'loading' }
  /** The server could not be asked (offline, or it failed): no figures to show yet. */
  | { kind: 'failed' }
  | { kind: 'loaded'; byId: ReadonlyMap<string, IndicatorView> };

/** Changes come in bursts (a form saving several years, a restore): one fetch after the burst. */
const CHANGE_SETTLE_MS = 250;
/** After a failed fetch, while something still shows the figures. */
const RETRY_MS = 15_000;

interface Entry {
  state: PlanIndicators;
  listeners: Set<() => void>;
  fetching: boolean;
  /** The document changed while a fetch was under way: its answer may predate the change. */
  again: boolean;
  retry: ReturnType<typeof setTimeout> | null;
}

const LOADING: PlanIndicators = { kind: 'loading' };

/**
 * A plan's indicators with their figures (`GET /api/plans/:id/indicators`,
 * the server's cache of Sotkanet and the plan's own figures), fetched once per
 * plan and language however many chart blocks and table rows show them, and
 * fetched again when the plan document's indicators (figures entered, a
 * target, one added or removed) or its municipality change, so that what
 * shows them stays live. The browser never asks Sotkanet itself.
 */
export class PlanIndicatorData {
  private readonly entries = new Map<Language, Entry>();
  private settle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    doc: Y.Doc,
    private readonly planId: string,
  ) {
    getIndicatorMap(doc).observeDeep(() => this.changed());
    getMeta(doc).observe((event) => {
      if (event.keysChanged.has(MUNICIPALITY_CODE_KEY)) this.changed();
    });
  }

  subscribe(lang: Language, listener: () => void): () => void {
    const entry = this.entry(lang);
    entry.listeners.add(listener);
    if (entry.state === LOADING && !entry.fetching) void this.fetch(lang, entry);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0 && entry.retry) {
        clearTimeout(entry.retry);
        entry.retry = null;
      }
    };
  }

  get(lang: Language): PlanIndicators {
    return this.entry(lang).state;
  }

  private entry(lang: Language): Entry {
    let entry = this.entries.get(lang);
    if (!entry) {
      entry = { state: LOADING, listeners: new Set(), fetching: false, again: false, retry: null };
      this.entries.set(lang, entry);
    }
    return entry;
  }

  private changed(): void {
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = null;
      for (const [lang, entry] of this.entries) {
        // Nothing shows this language now: it is fetched anew when something does.
        if (entry.listeners.size === 0) entry.state = LOADING;
        else if (entry.fetching) entry.again = true;
        else void this.fetch(lang, entry);
      }
    }, CHANGE_SETTLE_MS);
  }

  private async fetch(lang: Language, entry: Entry): Promise<void> {
    entry.fetching = true;
    entry.again = false;
    if (entry.retry) clearTimeout(entry.retry);
    entry.retry = null;
    let next: PlanIndicators;
    try {
      const views = await listIndicators(this.planId, lang);
      next = { kind: 'loaded', byId: new Map(views.map((view) => [view.id, view])) };
    } catch {
      // What was shown stays (figures of a moment ago beat none); a first failure says so.
      next = entry.state.kind === 'loaded' ? entry.state : { kind: 'failed' };
      if (entry.listeners.size > 0) entry.retry = setTimeout(() => void this.fetch(lang, entry), RETRY_MS);
    }
    entry.fetching = false;
    if (entry.again) {
      void this.fetch(lang, entry);
      return;
    }
    entry.state = next;
    for (const listener of entry.listeners) listener();
  }
}

const stores = new WeakMap<Y.Doc, PlanIndicatorData>();

/** The indicator data of a plan document: one per document, shared by the text's chart blocks and the table's rows. */
export function planIndicatorData(doc: Y.Doc, planId: string): PlanIndicatorData {
  let store = stores.get(doc);
  if (!store) {
    store = new PlanIndicatorData(doc, planId);
    stores.set(doc, store);
  }
  return store;
}

/** The plan's indicators in `lang`, re-rendered when they are fetched again. */
export function usePlanIndicators(store: PlanIndicatorData, lang: Language): PlanIndicators {
  const subscribe = useCallback((listener: () => void) => store.subscribe(lang, listener), [store, lang]);
  return useSyncExternalStore(subscribe, () => store.get(lang));
}

import * as Y from 'yjs';
import {
  getFocusAreaMap,
  getGoalMap,
  getMeasureMap,
  getMeta,
  getVocabularyMap,
  readMeasure,
  readOrder,
  readPlanTitle,
  readStringValue,
  readTextValue,
  sortOrdered,
  VOCABULARY_KINDS,
  VocabularyReader,
  type EntityMap,
  type FocusAreaData,
  type GoalData,
  type MeasureData,
  type NamedRef,
  type PlanData,
  type VocabularyKind,
} from '../../../shared/plan';
import type { EntityKind } from './moves';
import { outlineOf, type TableOutline } from './outline';
import { batchedFrames, type Schedule } from '../collab/batchedFrames';

interface Entry<T> {
  order: string;
  /** The parent's id ('' for focus areas). */
  parent: string;
  data: T;
}

type Titled = { id: string; title: string };

const PARENT_FIELD: Record<EntityKind, string | null> = { focusArea: null, goal: 'focusAreaId', measure: 'goalId' };

const sameItems = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

const sameList = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Field by field; the lists of references (parties, groups, projects, indicators) by what they hold. */
function sameMeasure(a: MeasureData, b: MeasureData): boolean {
  return (Object.keys(a) as Array<keyof MeasureData>).every((key) =>
    Array.isArray(a[key]) ? sameList(a[key], b[key]) : a[key] === b[key],
  );
}

/**
 * A changed measure that keeps the lists of `old` that hold the same, so that
 * a cell showing one list (its parties, say) is not rendered for a change of
 * another field: the cells select their list by reference.
 */
function keepSameLists(data: MeasureData, old: MeasureData): MeasureData {
  const kept = { ...data };
  for (const key of ['responsibleParties', 'targetGroups', 'projects', 'indicatorIds'] as const) {
    if (sameList(data[key], old[key])) Object.assign(kept, { [key]: old[key] });
  }
  return kept;
}

/** The stored entries of a vocabulary in display order, `previous` again when they are the same. */
function vocabularyList(reader: VocabularyReader, kind: VocabularyKind, previous: readonly NamedRef[] | undefined): readonly NamedRef[] {
  const list = reader.entries(kind).flatMap((entry) => (entry.implied ? [] : [{ id: entry.id, name: entry.name }]));
  return previous && sameList(previous, list) ? previous : list;
}

/**
 * The measure table's state, kept apart from rendering (as tldraw and
 * Excalidraw keep theirs): the Y.Doc's three entity maps are observed per
 * entity, and only the entities a transaction touched are read again. Every
 * snapshot is referentially stable: a measure's object changes only when that
 * measure changed, a goal's or focus area's only when it or its children did,
 * and the outline only when the shape did, so that `useSyncExternalStore`
 * and `React.memo` re-render exactly what changed.
 *
 * Others' changes arrive one small transaction each; they are handed on in
 * batches (`schedule`), so that a burst costs one render. This person's own
 * changes are handed on at once: a controlled select must see its new value
 * in the same event, and typing must not wait.
 */
export class PlanTableStore {
  private readonly maps: Record<EntityKind, Y.Map<unknown>>;
  private readonly measures = new Map<string, Entry<MeasureData>>();
  private readonly goals = new Map<string, Entry<Titled>>();
  private readonly focusAreas = new Map<string, Entry<Titled>>();
  private readonly pending: Record<EntityKind, Set<string>> = { focusArea: new Set(), goal: new Set(), measure: new Set() };
  /** A party, group or project was renamed, added or removed (or the schema changed): every measure's names are read again. */
  private vocabularyChanged = false;
  /** The names of parties, groups and projects as the measures read them, made anew for each batch. */
  private vocabulary: VocabularyReader;
  /** Each vocabulary's stored entries, as pickers offer them: a new list only when an entry was added, renamed, reordered or removed. */
  private vocabularyLists: Record<VocabularyKind, readonly NamedRef[]>;
  /** The vocabularies whose list is to be read again: reading one of thousands of parties is not free. */
  private readonly staleLists = new Set<VocabularyKind>();
  private readonly vocabularyListeners = new Set<() => void>();
  private shapeChanged = true;
  private scheduled = false;
  /** Ordered child ids by parent id ('' for the focus areas), per level, rebuilt only when the shape changed. */
  private children: Record<EntityKind, Map<string, string[]>> = { focusArea: new Map(), goal: new Map(), measure: new Map() };
  private data: PlanData;
  private outline: TableOutline;
  private readonly listeners = new Set<() => void>();
  private readonly measureListeners = new Map<string, Set<() => void>>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly planId: string,
    private readonly schedule: Schedule = batchedFrames(),
  ) {
    this.maps = { focusArea: getFocusAreaMap(doc), goal: getGoalMap(doc), measure: getMeasureMap(doc) };
    this.vocabulary = new VocabularyReader(doc);
    this.vocabularyLists = this.readVocabularyLists(VOCABULARY_KINDS);
    // The meta map holds the schema version, which changes what a document of schema 1 reads as its groups.
    getMeta(doc).observeDeep(() => {
      this.vocabularyChanged = true;
      for (const kind of VOCABULARY_KINDS) this.staleLists.add(kind);
    });
    for (const kind of VOCABULARY_KINDS) {
      getVocabularyMap(doc, kind).observeDeep(() => {
        this.vocabularyChanged = true;
        this.staleLists.add(kind);
      });
    }
    for (const kind of ['focusArea', 'goal', 'measure'] as const) {
      this.maps[kind].forEach((_, id) => this.refresh(kind, id));
      this.maps[kind].observeDeep((events) => this.collect(kind, events));
    }
    this.data = this.build(undefined);
    this.outline = outlineOf(this.data);
    doc.on('afterTransaction', this.afterTransaction);
  }

  /** Anything in the table changed (after the batch is applied). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The one measure changed. */
  subscribeMeasure = (id: string, listener: () => void): (() => void) => {
    const set = this.measureListeners.get(id) ?? new Set();
    set.add(listener);
    this.measureListeners.set(id, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.measureListeners.delete(id);
    };
  };

  /**
   * The plan's measure table (its focus areas, goals and measures) as
   * `readPlanData` reads it, with unchanged parts shared with the previous
   * snapshot; the vocabularies' own lists are not the table's and are left out.
   */
  getData = (): PlanData => this.data;

  getOutline = (): TableOutline => this.outline;

  getMeasure = (id: string): MeasureData | undefined => this.measures.get(id)?.data;

  /**
   * A vocabulary's stored entries (not the names only measures' texts give),
   * in display order; the same array until one of them changes, so that a
   * picker re-renders for its vocabulary and a row never does.
   */
  getVocabulary = (kind: VocabularyKind): readonly NamedRef[] => this.vocabularyLists[kind];

  /** A party, target group or project was added, renamed, reordered or removed. */
  subscribeVocabulary = (listener: () => void): (() => void) => {
    this.vocabularyListeners.add(listener);
    return () => this.vocabularyListeners.delete(listener);
  };

  /** The lists of `kinds` read again (the same arrays when they hold the same), the others as they were. */
  private readVocabularyLists(kinds: Iterable<VocabularyKind>): Record<VocabularyKind, readonly NamedRef[]> {
    const lists = { ...this.vocabularyLists };
    for (const kind of kinds) lists[kind] = vocabularyList(this.vocabulary, kind, this.vocabularyLists?.[kind]);
    return lists;
  }

  private collect(kind: EntityKind, events: Array<Y.YEvent<Y.AbstractType<unknown>>>): void {
    for (const event of events) {
      // Relative to the observed map: [] for the map itself (entities added or deleted), [id] for an
      // entity's fields, [id, field] for a text in it.
      const [id] = event.path;
      if (id !== undefined) this.pending[kind].add(String(id));
      else if (event instanceof Y.YMapEvent) for (const key of event.keysChanged) this.pending[kind].add(key);
    }
  }

  private afterTransaction = (transaction: Y.Transaction): void => {
    const { pending } = this;
    if (pending.focusArea.size + pending.goal.size + pending.measure.size === 0 && !this.vocabularyChanged) return;
    if (transaction.local) {
      this.flush();
    } else if (!this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.flush());
    }
  };

  private flush(): void {
    this.scheduled = false;
    // A reader of this moment: one kept longer would remember names that measures' texts no longer give.
    this.vocabulary = new VocabularyReader(this.doc);
    let vocabularyListsChanged = false;
    if (this.vocabularyChanged) {
      this.vocabularyChanged = false;
      for (const id of this.measures.keys()) this.pending.measure.add(id);
      // Read before the measures: their texts would add the names they give as implied entries.
      const lists = this.readVocabularyLists(this.staleLists);
      this.staleLists.clear();
      vocabularyListsChanged = VOCABULARY_KINDS.some((kind) => lists[kind] !== this.vocabularyLists[kind]);
      this.vocabularyLists = lists;
    }
    const changedMeasures: string[] = [];
    for (const kind of ['focusArea', 'goal', 'measure'] as const) {
      for (const id of this.pending[kind]) {
        if (this.refresh(kind, id) && kind === 'measure') changedMeasures.push(id);
      }
      this.pending[kind].clear();
    }
    if (vocabularyListsChanged) this.vocabularyListeners.forEach((listener) => listener());
    const data = this.build(this.data);
    if (data === this.data && changedMeasures.length === 0) return;
    this.data = data;
    this.outline = outlineOf(data, this.outline);
    for (const id of changedMeasures) this.measureListeners.get(id)?.forEach((listener) => listener());
    this.listeners.forEach((listener) => listener());
  }

  /** Reads one entity again; true if what it shows changed (its data object is new or gone). */
  private refresh(kind: EntityKind, id: string): boolean {
    const entity = this.maps[kind].get(id);
    const cache: Map<string, Entry<MeasureData | Titled>> =
      kind === 'measure' ? this.measures : kind === 'goal' ? this.goals : this.focusAreas;
    const old = cache.get(id);
    if (!(entity instanceof Y.Map)) {
      if (!old) return false;
      cache.delete(id);
      this.shapeChanged = true;
      return true;
    }
    const map = entity as EntityMap;
    const parentField = PARENT_FIELD[kind];
    let data: MeasureData | Titled = kind === 'measure' ? readMeasure(id, map, this.vocabulary) : { id, title: readTextValue(map.get('title')) };
    // A move, or a text rewritten with the same content, changes nothing the entity shows.
    const same =
      old && (kind === 'measure' ? sameMeasure(old.data as MeasureData, data as MeasureData) : old.data.title === data.title);
    if (same) data = old.data;
    else if (old && kind === 'measure') data = keepSameLists(data as MeasureData, old.data as MeasureData);
    const entry = { order: readOrder(map), parent: parentField ? readStringValue(map.get(parentField)) : '', data };
    if (!old || old.order !== entry.order || old.parent !== entry.parent) this.shapeChanged = true;
    cache.set(id, entry);
    return !same;
  }

  /** Ordered ids by parent id. */
  private static ordered(cache: Map<string, Entry<unknown>>): Map<string, string[]> {
    const siblings = new Map<string, Array<{ id: string; order: string }>>();
    for (const [id, { order, parent }] of cache) {
      const list = siblings.get(parent) ?? [];
      list.push({ id, order });
      siblings.set(parent, list);
    }
    return new Map([...siblings].map(([parent, list]) => [parent, sortOrdered(list).map((item) => item.id)]));
  }

  /** Assembles the plan from the caches, reusing every goal and focus area of `previous` that did not change. */
  private build(previous: PlanData | undefined): PlanData {
    if (this.shapeChanged) {
      this.children = {
        focusArea: PlanTableStore.ordered(this.focusAreas),
        goal: PlanTableStore.ordered(this.goals),
        measure: PlanTableStore.ordered(this.measures),
      };
      this.shapeChanged = false;
    }
    const oldGoals = new Map(previous?.focusAreas.flatMap((fa) => fa.goals.map((goal) => [goal.id, goal] as const)));
    const oldFocusAreas = new Map(previous?.focusAreas.map((fa) => [fa.id, fa]));
    const childrenOf = (kind: EntityKind, parent: string) => this.children[kind].get(parent) ?? [];
    // Walked from the focus areas down: orphans of a concurrent delete are left out, as readPlanData does.
    const focusAreas = childrenOf('focusArea', '').map((faId): FocusAreaData => {
      const focusArea = this.focusAreas.get(faId)!;
      const goals = childrenOf('goal', faId).map((goalId): GoalData => {
        const goal = this.goals.get(goalId)!;
        const measures = childrenOf('measure', goalId).map((id) => this.measures.get(id)!.data);
        const old = oldGoals.get(goalId);
        if (old && old.title === goal.data.title && sameItems(old.measures, measures)) return old;
        return { id: goalId, title: goal.data.title, measures };
      });
      const old = oldFocusAreas.get(faId);
      if (old && old.title === focusArea.data.title && sameItems(old.goals, goals)) return old;
      return { id: faId, title: focusArea.data.title, goals };
    });
    const title = readPlanTitle(this.doc);
    if (previous && previous.title === title && sameItems(previous.focusAreas, focusAreas)) return previous;
    return { id: this.planId, title, focusAreas };
  }
}

const stores = new WeakMap<Y.Doc, PlanTableStore>();

/**
 * The table store of a plan document: one per document, shared by everything
 * that shows the table's data (the table, the comments' measure names), and
 * gone with the document.
 */
export function planTableStoreOf(doc: Y.Doc, planId: string): PlanTableStore {
  let store = stores.get(doc);
  if (!store) {
    store = new PlanTableStore(doc, planId);
    stores.set(doc, store);
  }
  return store;
}

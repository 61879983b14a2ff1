import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  buildStatusReport,
  type MeasureData,
  type NamedRef,
  type PlanData,
  type StatusReport,
  type VocabularyKind,
} from '../../../shared/plan';
import { filterPlan, isFiltering, type TableFilters } from './filter';
import { countMeasures, outlineOf, type TableOutline } from './outline';
import { planTableStoreOf, type PlanTableStore } from './planTableStore';

export function usePlanTableStore(doc: Y.Doc, planId: string): PlanTableStore {
  return useMemo(() => planTableStoreOf(doc, planId), [doc, planId]);
}

/**
 * One field of one measure (undefined once the measure is gone): re-renders
 * only when that field changed, so that typing in a measure's texts (which
 * their boxes show by themselves) does not render its row.
 */
export function useMeasureField<F extends keyof MeasureData>(store: PlanTableStore, id: string, field: F): MeasureData[F] | undefined {
  const subscribe = useCallback((listener: () => void) => store.subscribeMeasure(id, listener), [store, id]);
  return useSyncExternalStore(subscribe, () => store.getMeasure(id)?.[field]);
}

const NO_ENTRIES: readonly NamedRef[] = [];
const NOT_SUBSCRIBED = () => () => {};

/**
 * A vocabulary's entries, re-rendering when they change; while not `active`
 * (a picker without focus) an empty list and no subscription at all, so that
 * hundreds of rows' pickers do not render for a party someone adds.
 */
export function useVocabulary(store: PlanTableStore, kind: VocabularyKind, active = true): readonly NamedRef[] {
  return useSyncExternalStore(active ? store.subscribeVocabulary : NOT_SUBSCRIBED, () =>
    active ? store.getVocabulary(kind) : NO_ENTRIES,
  );
}

/** The whole table's outline (unfiltered): changes only with the table's shape. */
export function useTableOutline(store: PlanTableStore): TableOutline {
  return useSyncExternalStore(store.subscribe, store.getOutline);
}

/** What the table shows: the outline of the measures the filters leave, and how many of how many. */
export interface TableView {
  outline: TableOutline;
  visible: number;
  total: number;
}

interface ViewInputs {
  data: PlanData;
  outline: TableOutline;
  filters: TableFilters;
  pinned: ReadonlySet<string>;
  commented: ReadonlySet<string>;
}

/**
 * A memoised selector of the view: without filters the outline itself (a
 * status change does not touch it); with filters the filtered outline, whose
 * unchanged parts are shared, so that only a change of what is shown
 * re-renders the table above its rows.
 */
function viewSelector(): (inputs: ViewInputs) => TableView {
  let last: { inputs: ViewInputs; view: TableView } | null = null;
  return (inputs) => {
    if (last && (Object.keys(inputs) as Array<keyof ViewInputs>).every((key) => last!.inputs[key] === inputs[key])) {
      return last.view;
    }
    let view: TableView;
    if (isFiltering(inputs.filters)) {
      const filtered = filterPlan(inputs.data, inputs.filters, inputs.pinned, inputs.commented);
      view = { outline: outlineOf(filtered.data, last?.view.outline), visible: filtered.visible, total: filtered.total };
    } else {
      const count = countMeasures(inputs.outline);
      view = { outline: inputs.outline, visible: count, total: count };
    }
    const previous = last?.view;
    if (previous && view.outline === previous.outline && view.visible === previous.visible && view.total === previous.total) {
      view = previous;
    }
    last = { inputs, view };
    return view;
  };
}

export function useTableView(
  store: PlanTableStore,
  filters: TableFilters,
  pinned: ReadonlySet<string>,
  commented: ReadonlySet<string>,
): TableView {
  const select = useMemo(viewSelector, [store]);
  return useSyncExternalStore(store.subscribe, () =>
    select({ data: store.getData(), outline: store.getOutline(), filters, pinned, commented }),
  );
}

/** The status counts of the whole plan and per focus area; a new object only when a count or a focus area's title changed. */
export function useStatusReport(store: PlanTableStore): StatusReport {
  const select = useMemo(() => {
    let data: PlanData | null = null;
    let report: StatusReport | null = null;
    let key = '';
    return () => {
      const current = store.getData();
      if (current === data && report) return report;
      data = current;
      const next = buildStatusReport(current);
      const nextKey = JSON.stringify(next);
      if (nextKey !== key) [report, key] = [next, nextKey];
      return report!;
    };
  }, [store]);
  return useSyncExternalStore(store.subscribe, select);
}

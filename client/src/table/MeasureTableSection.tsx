import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { filterPlan, isFiltering, NO_FILTERS, type TableFilters as Filters } from './filter';
import { cellOf, rowOf } from './ids';
import { tableShortcut } from './keys';
import { memoizedT } from '../i18n/memoizedT';
import { MeasureTable, TABLE_COLUMNS } from './MeasureTable';
import { numberEntities } from './numbering';
import { cellKey } from './presence';
import { StatusLegend } from './StatusLegend';
import { StatusSummary } from './StatusSummary';
import { TableProvider, type MeasureComments, type TableContextValue, type TableDialog } from './TableContext';
import { TableDialogs } from './TableDialogs';
import { TableFilters } from './TableFilters';
import { TableToolbar } from './TableToolbar';
import { useAnnouncer } from './useAnnouncer';
import { useDragMove } from './useDragMove';
import { useFocusKeeper } from './useFocusKeeper';
import { usePlanTableStore, useTableOutline, useTableView } from './usePlanTable';
import { useTableActions } from './useTableActions';
import { useTablePresence } from './useTablePresence';
import { useTableUndo } from './useTableUndo';
import { COMBOBOX_HINT_ID } from './VocabularyField';
import { createValueStore } from './valueStore';
import './table.css';

export const MEASURE_TABLE_HEADING_ID = 'measure-table-title';

interface Props {
  provider: HocuspocusProvider;
  planId: string;
  readOnly: boolean;
  comments: MeasureComments | null;
}

/**
 * The measure table of an open plan, co-edited live: filters, the legend,
 * the table with this person's undo, and the status summary. State lives in
 * the plan's table store and in hooks over the shared Y.Doc; the components
 * below only render it, each subscribed to its own part. This section
 * renders again only when the table's shape, the filters, this person's undo
 * state or a dialog change, never for a change inside a row.
 */
export const MeasureTableSection = memo(function MeasureTableSection({ provider, planId, readOnly, comments }: Props) {
  const { t: translate } = useTranslation();
  // Every row reads its labels through this one: a row rendered again for a new status asks i18next for none of them.
  const t = useMemo(() => memoizedT(translate), [translate]);
  const doc = provider.document;
  const store = usePlanTableStore(doc, planId);
  const undo = useTableUndo(doc);
  const { editors, setEditing } = useTablePresence(provider);
  const [message, announce] = useAnnouncer();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<TableDialog | null>(null);
  const keyboardArea = useRef<HTMLDivElement>(null);
  const editing = useRef<string | null>(null);

  // The rows read the comments from a store of their own: a new thread re-renders only its row.
  const [commentStore] = useState(() => createValueStore(comments));
  useLayoutEffect(() => commentStore.set(comments), [commentStore, comments]);

  const filtering = isFiltering(filters);
  const threads = comments?.threads;
  const commented = useMemo(() => new Set(threads?.keys()), [threads]);
  const outline = useTableOutline(store);
  const view = useTableView(store, filters, pinned, commented);
  const numbers = useMemo(() => numberEntities(outline), [outline]);
  const pin = useCallback((id: string) => setPinned((set) => (set.has(id) ? set : new Set(set).add(id))), []);
  const requestFocus = useFocusKeeper(store, keyboardArea);
  // Steps go past the neighbours one sees: the filtered plan, worked out when a step is made.
  const shown = useRef({ filters, pinned, commented });
  shown.current = { filters, pinned, commented };
  const currentView = useCallback(() => {
    const { filters: f, pinned: p, commented: c } = shown.current;
    return isFiltering(f) ? filterPlan(store.getData(), f, p, c).data : store.getData();
  }, [store]);
  const actions = useTableActions({ doc, undo, view: currentView, announce, requestFocus, pin });
  const { drag, dragging } = useDragMove(actions.move);

  const changeFilters = useCallback((next: Filters) => {
    setFilters(next);
    setPinned(new Set());
  }, []);

  // Focus entering a field: tell the others, start a new undo step, and keep the row in view while filtered.
  const onFocus = (event: FocusEvent) => {
    const cell = cellOf(event.target);
    const key = cell && cellKey(cell);
    if (key === editing.current) return;
    editing.current = key;
    setEditing(cell);
    undo.stopCapturing();
    if (cell?.kind === 'measure' && filtering) pin(cell.id);
  };

  const onBlur = (event: FocusEvent) => {
    if (cellOf(event.relatedTarget as Element | null)) return;
    editing.current = null;
    setEditing(null);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const shortcut = tableShortcut(event);
    if (!shortcut || readOnly) return;
    if (shortcut === 'undo' || shortcut === 'redo') {
      event.preventDefault();
      actions[shortcut]();
      return;
    }
    const row = rowOf(event.target as Element);
    if (!row) return;
    event.preventDefault();
    actions.step(row.kind, row.id, shortcut);
  };

  const context = useMemo<TableContextValue>(
    () => ({
      t,
      store,
      doc,
      origin: undo.origin,
      readOnly,
      actions,
      editors,
      drag,
      openDialog: setDialog,
      announce,
      // The actions column is there for everyone (comments and history at least).
      columns: TABLE_COLUMNS + 1,
      comments: commentStore,
    }),
    [t, store, doc, undo.origin, readOnly, actions, editors, drag, announce, commentStore],
  );

  return (
    <section className="measure-section" aria-labelledby={MEASURE_TABLE_HEADING_ID}>
      <h2 id={MEASURE_TABLE_HEADING_ID} className="measure-section__title" tabIndex={-1}>
        {t('table.title')}
      </h2>
      <TableFilters store={store} filters={filters} onChange={changeFilters} visible={view.visible} total={view.total} />
      <StatusLegend />
      <TableProvider value={context}>
        <div
          ref={keyboardArea}
          className={`mt-area ${dragging ? 'mt-area--dragging' : ''}`}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {!readOnly && <TableToolbar actions={actions} canUndo={undo.canUndo} canRedo={undo.canRedo} />}
          <MeasureTable outline={view.outline} numbers={numbers} filtering={filtering} labelledBy={MEASURE_TABLE_HEADING_ID} />
        </div>
        <TableDialogs
          dialog={dialog}
          store={store}
          planId={planId}
          actions={actions}
          requestFocus={requestFocus}
          onClose={() => setDialog(null)}
        />
      </TableProvider>
      <p role="status" className="visually-hidden">
        {message}
      </p>
      <p id={COMBOBOX_HINT_ID} className="visually-hidden">
        {t('combobox.hint')}
      </p>
      <StatusSummary store={store} />
    </section>
  );
});

import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type * as Y from 'yjs';
import type { MeasureThreads } from '../comments/threads';
import type { EntityKind } from './moves';
import type { PlanTableStore } from './planTableStore';
import type { TableActions } from './useTableActions';
import type { DragMove } from './useDragMove';
import type { CellEditors } from './useTablePresence';
import type { TableEditOrigin } from './undo';
import type { ValueStore } from './valueStore';

/** A dialog the table asks for: confirming a delete, choosing a goal to move a measure to, or a measure's history. */
export type TableDialog =
  | { kind: 'delete'; entity: Exclude<EntityKind, 'measure'>; id: string }
  | { kind: 'moveToGoal'; measureId: string }
  | { kind: 'history'; measureId: string };

/** Comment threads on measures, as the table shows and offers them. */
export interface MeasureComments {
  /** Open threads by measure id; measures without any are missing. */
  threads: ReadonlyMap<string, MeasureThreads>;
  canComment: boolean;
  /** Shows the measure's threads. */
  open: (measureId: string) => void;
  /** Starts a new thread on the measure. */
  start: (measureId: string) => void;
}

/**
 * What every part of the table needs; given once by the section instead of
 * through every row. It stays the same while people edit (only `readOnly`
 * can change it), so that no row re-renders for it: what changes often (the
 * data, who edits which cell, the comments, the drop target) is read from
 * stores, each component subscribed to its own part.
 */
export interface TableContextValue {
  /**
   * The translation function, taken once by the section: thousands of cells
   * asking react-i18next each for their own cost more than rendering them.
   * A new language gives a new one, and every cell renders again.
   */
  t: TFunction;
  store: PlanTableStore;
  doc: Y.Doc;
  origin: TableEditOrigin;
  readOnly: boolean;
  actions: TableActions;
  /** Others editing each field, by `cellKey`. */
  editors: CellEditors;
  drag: DragMove;
  openDialog: (dialog: TableDialog) => void;
  /** Says something to screen reader users through the table's one live region. */
  announce: (message: string) => void;
  /** Number of columns, for cells that span the whole table. */
  columns: number;
  /** Null while the discussion is not there (it comes with the plan's socket). */
  comments: ValueStore<MeasureComments | null>;
}

const TableContext = createContext<TableContextValue | null>(null);

export const TableProvider = TableContext.Provider;

export function useTable(): TableContextValue {
  const value = useContext(TableContext);
  if (!value) throw new Error('useTable outside the measure table');
  return value;
}

import type { EntityKind } from './moves';
import type { CellRef } from './presence';

/**
 * DOM ids of the table's fields and controls, built from entity ids (which
 * are URL-safe). Focus is restored and requested by these ids, because a
 * moved row may be a new DOM element.
 */
export function fieldId(ref: CellRef): string {
  return `mt-${ref.kind}-${ref.id}-${ref.field}`;
}

export type Control = 'up' | 'down' | 'moveTo' | 'delete' | 'add' | 'comment' | 'history';

export function controlId(kind: EntityKind, id: string, control: Control): string {
  return `mt-${kind}-${id}-${control}`;
}

export const UNDO_BUTTON_ID = 'mt-undo';

/** Attributes that mark a field's wrapper, read back by `cellOf` when focus enters it. */
export function cellAttributes(ref: CellRef): Record<string, string> {
  return { 'data-cell-kind': ref.kind, 'data-cell-id': ref.id, 'data-cell-field': ref.field };
}

export function cellOf(element: Element | null): CellRef | null {
  const cell = element?.closest<HTMLElement>('[data-cell-kind]');
  const { cellKind, cellId, cellField } = cell?.dataset ?? {};
  if (cellKind !== 'focusArea' && cellKind !== 'goal' && cellKind !== 'measure') return null;
  if (cellId === undefined || cellField === undefined) return null;
  return { kind: cellKind, id: cellId, field: cellField };
}

/** The row (measure), goal cell or focus area header that an element is in, for Alt+arrow moves. */
export function rowOf(element: Element | null): { kind: EntityKind; id: string } | null {
  const row = element?.closest<HTMLElement>('[data-row-kind]');
  const { rowKind, rowId } = row?.dataset ?? {};
  if (rowKind !== 'focusArea' && rowKind !== 'goal' && rowKind !== 'measure') return null;
  return rowId === undefined ? null : { kind: rowKind, id: rowId };
}

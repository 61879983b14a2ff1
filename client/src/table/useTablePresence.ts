import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { cellEditors, cellKey, editorsSignature, EDITING_FIELD, type CellEditor, type CellRef } from './presence';
import { createValueStore, type ValueStore } from './valueStore';

export type CellEditors = ValueStore<ReadonlyMap<string, CellEditor[]>>;

export interface TablePresence {
  /** Others editing each field, by `cellKey`; each field subscribes to its own entry (`useCellEditors`). */
  editors: CellEditors;
  /** Tells the others which field this person is in (null: none). */
  setEditing: (ref: CellRef | null) => void;
}

/**
 * Who edits which cell, from the provider's awareness. Carets moving in the
 * plan text change awareness many times a second; the store changes only
 * when the table part of it changed, and then only the fields whose editors
 * changed re-render.
 */
export function useTablePresence(provider: HocuspocusProvider): TablePresence {
  const [editors] = useState<CellEditors>(() => createValueStore<ReadonlyMap<string, CellEditor[]>>(new Map()));

  useEffect(() => {
    let signature = '';
    const update = () => {
      const awareness = provider.awareness;
      if (!awareness) return;
      const next = cellEditors(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID);
      const nextSignature = editorsSignature(next);
      if (nextSignature === signature) return;
      signature = nextSignature;
      editors.set(next);
    };
    provider.on('awarenessChange', update);
    update();
    return () => {
      provider.off('awarenessChange', update);
      provider.setAwarenessField(EDITING_FIELD, null);
    };
  }, [provider, editors]);

  const setEditing = useCallback(
    (ref: CellRef | null) => provider.setAwarenessField(EDITING_FIELD, ref),
    [provider],
  );

  return { editors, setEditing };
}

const NOBODY: CellEditor[] = [];

/** The others editing one field: only the fields with someone in them re-render when presence changes. */
export function useCellEditors(editors: CellEditors, cell: CellRef): CellEditor[] {
  const key = cellKey(cell);
  return useSyncExternalStore(editors.subscribe, () => editors.get().get(key) ?? NOBODY);
}

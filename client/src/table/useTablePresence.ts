import { useCallback, useEffect, useRef, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { cellEditors, editorsSignature, EDITING_FIELD, type CellEditor, type CellRef } from './presence';

export interface TablePresence {
  /** Others editing each field, by `cellKey`. */
  editors: ReadonlyMap<string, CellEditor[]>;
  /** Tells the others which field this person is in (null: none). */
  setEditing: (ref: CellRef | null) => void;
}

/**
 * Who edits which cell, from the provider's awareness. Carets moving in the
 * plan text change awareness many times a second; the table re-renders only
 * when the table part of it changed.
 */
export function useTablePresence(provider: HocuspocusProvider): TablePresence {
  const [editors, setEditors] = useState<ReadonlyMap<string, CellEditor[]>>(new Map());
  const signature = useRef('');

  useEffect(() => {
    const update = () => {
      const awareness = provider.awareness;
      if (!awareness) return;
      const next = cellEditors(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID);
      const nextSignature = editorsSignature(next);
      if (nextSignature === signature.current) return;
      signature.current = nextSignature;
      setEditors(next);
    };
    provider.on('awarenessChange', update);
    update();
    return () => {
      provider.off('awarenessChange', update);
      provider.setAwarenessField(EDITING_FIELD, null);
    };
  }, [provider]);

  const setEditing = useCallback(
    (ref: CellRef | null) => provider.setAwarenessField(EDITING_FIELD, ref),
    [provider],
  );

  return { editors, setEditing };
}

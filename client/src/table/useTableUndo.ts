import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { createTableUndoManager, TableEditOrigin } from './undo';

export interface TableUndo {
  /** Pass it as the origin of every table write, or undo will not see the write. */
  origin: TableEditOrigin;
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
  /** Ends the current undo step: the next write starts a new one. */
  stopCapturing: () => void;
}

/**
 * This person's undo history of the table. Created in an effect (not during
 * render), so React's double mounting in development leaves no second,
 * orphaned manager listening to the document.
 */
export function useTableUndo(doc: Y.Doc): TableUndo {
  const [origin] = useState(() => new TableEditOrigin());
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [state, setState] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    const created = createTableUndoManager(doc, origin);
    const update = () => setState({ canUndo: created.canUndo(), canRedo: created.canRedo() });
    created.on('stack-item-added', update);
    created.on('stack-item-popped', update);
    created.on('stack-cleared', update);
    setManager(created);
    update();
    return () => {
      created.destroy();
      setManager(null);
    };
  }, [doc, origin]);

  const undo = useCallback(() => {
    manager?.stopCapturing();
    manager?.undo();
  }, [manager]);
  const redo = useCallback(() => {
    manager?.stopCapturing();
    manager?.redo();
  }, [manager]);
  const stopCapturing = useCallback(() => manager?.stopCapturing(), [manager]);

  return { origin, ...state, undo, redo, stopCapturing };
}

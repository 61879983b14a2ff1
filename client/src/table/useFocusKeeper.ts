import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type * as Y from 'yjs';
import { getFocusAreaMap, getGoalMap, getMeasureMap } from '../../../shared/plan';

interface SavedFocus {
  id: string;
  selection: [number, number, 'forward' | 'backward' | 'none'] | null;
}

function hasTextSelection(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text');
}

function save(element: HTMLElement): SavedFocus {
  if (!hasTextSelection(element)) return { id: element.id, selection: null };
  const { selectionStart, selectionEnd, selectionDirection } = element;
  return { id: element.id, selection: [selectionStart ?? 0, selectionEnd ?? 0, selectionDirection ?? 'none'] };
}

/**
 * Keeps focus (and the caret) where it was when a change re-renders the
 * table. When a row's measure moves, React moves or rebuilds the row's DOM
 * nodes, and a focused node that is moved loses focus: someone reordering
 * the table would otherwise throw out whoever is typing in that row. Focus
 * is remembered after every transaction that changed the table (the text
 * fields have already set their caret by then, and that render follows) and
 * given back by element id after the render.
 *
 * Also carries out the table's own focus requests (a new row's title, the
 * undo button after a delete) once the requested element exists.
 */
export function useFocusKeeper(doc: Y.Doc, container: RefObject<HTMLElement | null>) {
  const saved = useRef<SavedFocus | null>(null);
  const requested = useRef<{ id: string; select: boolean } | null>(null);

  useEffect(() => {
    const maps = [getFocusAreaMap(doc), getGoalMap(doc), getMeasureMap(doc)];
    const remember = (transaction: Y.Transaction) => {
      const changed: ReadonlyMap<unknown, unknown> = transaction.changedParentTypes;
      if (!maps.some((map) => changed.has(map))) return;
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.id && container.current?.contains(active)) {
        saved.current = save(active);
      }
    };
    doc.on('afterTransaction', remember);
    return () => doc.off('afterTransaction', remember);
  }, [doc, container]);

  useLayoutEffect(() => {
    const request = requested.current;
    requested.current = null;
    const requestedElement = request && document.getElementById(request.id);
    if (requestedElement) {
      saved.current = null;
      requestedElement.focus();
      if (request.select && hasTextSelection(requestedElement)) requestedElement.select();
      return;
    }
    const memo = saved.current;
    saved.current = null;
    // Focus that moved on somewhere else on purpose stays there.
    if (!memo || (document.activeElement && document.activeElement !== document.body)) return;
    const element = document.getElementById(memo.id);
    if (!element) return;
    element.focus({ preventScroll: true });
    if (memo.selection && hasTextSelection(element)) element.setSelectionRange(...memo.selection);
  });

  return useCallback((id: string, select = false) => {
    requested.current = { id, select };
  }, []);
}

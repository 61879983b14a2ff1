import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { PlanTableStore } from './planTableStore';

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
 * is remembered whenever the table's shape changes, before React renders it
 * (the text fields have already set their caret by then), and given back by
 * element id after the render. Changes of content leave the rows' nodes
 * where they are and need nothing.
 *
 * Also carries out the table's own focus requests (a new row's title, the
 * undo button after a delete) once the requested element exists.
 */
export function useFocusKeeper(store: PlanTableStore, container: RefObject<HTMLElement | null>) {
  const saved = useRef<SavedFocus | null>(null);
  const requested = useRef<{ id: string; select: boolean } | null>(null);

  useEffect(() => {
    let outline = store.getOutline();
    return store.subscribe(() => {
      if (store.getOutline() === outline) return;
      outline = store.getOutline();
      const active = document.activeElement;
      if (active instanceof HTMLElement && active.id && container.current?.contains(active)) {
        saved.current = save(active);
      }
    });
  }, [store, container]);

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

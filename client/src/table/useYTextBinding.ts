import { useLayoutEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { transformCaret, type TextDelta } from './caret';

// Where CSS can size a text box to its content, the script need not measure it.
const AUTO_SIZED = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');

export function fitHeight(element: HTMLTextAreaElement): void {
  if (AUTO_SIZED) return;
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight}px`;
}

/**
 * Shows a Y.Text in a text box and keeps it current as others type. The box
 * is not a React-controlled input: its value changes from outside React,
 * and the caret (and selection) is carried past the others' insertions and
 * deletions instead of jumping to the end. The box's own edits are written
 * by the caller (with `localOrigin`) and need no redraw.
 */
export function useYTextBinding(text: Y.Text | undefined, localOrigin: unknown) {
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.value = text?.toString() ?? '';
    fitHeight(element);
    if (!text) return;
    const onChange = (event: Y.YTextEvent) => {
      const value = text.toString();
      if (event.transaction.origin === localOrigin && element.value === value) return;
      const focused = document.activeElement === element;
      const { selectionStart, selectionEnd, selectionDirection } = element;
      element.value = value;
      if (focused) {
        const delta = event.delta as TextDelta;
        element.setSelectionRange(
          transformCaret(selectionStart, delta),
          transformCaret(selectionEnd, delta),
          selectionDirection,
        );
      }
      fitHeight(element);
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text, localOrigin]);

  return ref;
}

import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import './dialog.css';

interface Props {
  title: string;
  /** Escape or a cancel button: the parent unmounts the dialog. */
  onClose: () => void;
  /** Where focus goes when the element that opened the dialog is gone (e.g. the row of a removed member). */
  fallbackFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * A modal <dialog>: showModal() makes the rest of the page inert, so focus
 * stays inside, and Escape closes it. It is opened on mount and closed by
 * unmounting, which does not give focus back by itself, so the element that
 * opened it gets it back here.
 */
export function ModalDialog({ title, onClose, fallbackFocus, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) {
      element.showModal();
      // The browser focuses the first control; a dialog may mark a safer one (Cancel before Remove).
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      // Deferred until the dialog has left the DOM and the page is no longer inert.
      queueMicrotask(() => {
        const target = opener?.isConnected ? opener : (fallbackFocus?.current ?? null);
        target?.focus();
      });
    };
  }, [fallbackFocus]);

  return (
    <dialog ref={dialog} className="modal" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import './dialog.css';

interface Props {
  title: string;
  /** Escape or a cancel button: the parent unmounts the dialog. */
  onClose: () => void;
  /**
   * Read with the title when the dialog opens: what a confirmation asks
   * ("Poistetaanko tavoite? …"). A form's fields speak for themselves.
   */
  description?: ReactNode;
  /** `alertdialog` for a question that interrupts, such as confirming a deletion. */
  role?: 'dialog' | 'alertdialog';
  /**
   * False when the parent puts focus somewhere itself after closing (on a
   * moved row, back in the editor); otherwise the element that opened the
   * dialog gets it back.
   */
  returnFocus?: boolean;
  /** Where focus goes when the element that opened the dialog is gone (e.g. the row of a removed member). */
  fallbackFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

/**
 * The app's one modal dialog: a native <dialog> opened with showModal(),
 * which makes the rest of the page inert (focus stays inside), closes on
 * Escape and is named by its title. It is opened on mount and closed by
 * unmounting, which does not give focus back by itself, so the element that
 * opened it gets it back here. The browser focuses the first control; a
 * dialog may mark a safer one with `data-autofocus` (Cancel before Remove).
 */
export function ModalDialog({ title, onClose, description, role, returnFocus = true, fallbackFocus, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) {
      element.showModal();
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      if (!returnFocus) return;
      // Deferred until the dialog has left the DOM and the page is no longer inert.
      queueMicrotask(() => {
        const target = opener?.isConnected ? opener : (fallbackFocus?.current ?? null);
        target?.focus();
      });
    };
  }, [fallbackFocus, returnFocus]);

  return (
    <dialog
      ref={dialog}
      className="modal"
      role={role === 'alertdialog' ? role : undefined}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onClose={onClose}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {description !== undefined && <div id={descriptionId}>{description}</div>}
      {children}
    </dialog>
  );
}

import { useEffect, useRef } from 'react';

/**
 * Opens a <dialog> as modal once it is mounted: the browser then keeps focus
 * inside it and closes it on Escape. The parent unmounts it to close it and
 * decides where focus goes next. The browser focuses the first control; a
 * dialog marks a safer one with `data-autofocus` (Cancel before Delete).
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || element.open) return;
    element.showModal();
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return ref;
}

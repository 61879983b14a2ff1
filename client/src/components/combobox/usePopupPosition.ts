import { useLayoutEffect, type RefObject } from 'react';

const GAP_PX = 2;
/** Below the control unless less than this fits there and more fits above. */
const MIN_ROOM_PX = 200;

/**
 * Shows `popup` in the top layer (the popover API) under `anchor`, or above it
 * near the window's bottom, and keeps it there while anything scrolls or the
 * window resizes. The top layer takes it out of every clipping ancestor: the
 * table's parts contain their paint and scroll sideways, which would cut a
 * list that opens from a cell. Where the popover API is missing it is a fixed
 * element, still above the table (see combobox.css).
 */
export function usePopupPosition(anchor: RefObject<HTMLElement | null>, popup: RefObject<HTMLElement | null>, open: boolean): void {
  useLayoutEffect(() => {
    const element = popup.current;
    if (!open || !element || !anchor.current) return;
    if (typeof element.showPopover === 'function' && !element.matches(':popover-open')) element.showPopover();
    const place = () => {
      const box = anchor.current?.getBoundingClientRect();
      if (!box) return;
      const height = element.offsetHeight;
      const below = window.innerHeight - box.bottom;
      const top = below < Math.min(height, MIN_ROOM_PX) && box.top > below ? box.top - height - GAP_PX : box.bottom + GAP_PX;
      const width = Math.max(box.width, Math.min(element.scrollWidth, window.innerWidth - 16));
      element.style.top = `${Math.max(0, top)}px`;
      element.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - width - 8))}px`;
      element.style.minWidth = `${box.width}px`;
    };
    place();
    // The list's height changes with every keystroke; the anchor moves with scrolling and with chips added.
    const resize = new ResizeObserver(place);
    resize.observe(element);
    resize.observe(anchor.current);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      resize.disconnect();
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      if (typeof element.hidePopover === 'function' && element.matches(':popover-open')) element.hidePopover();
    };
  }, [anchor, popup, open]);
}

import { useEffect, useLayoutEffect, useRef } from 'react';
import { DRAFT_ID, PANEL_TITLE_ID, threadButtonId } from './ids';
import type { PanelFocus, PanelState } from './panelState';

const targetId = (focus: PanelFocus) =>
  focus.kind === 'heading' ? PANEL_TITLE_ID : focus.kind === 'draft' ? DRAFT_ID : threadButtonId(focus.threadId);

/**
 * Moves focus into the panel where it was asked for, as soon as that element
 * exists (a thread just sent appears only when the server's change arrives),
 * and gives it back to whatever had it when the panel was opened.
 */
export function usePanelFocus(panel: PanelState): void {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  const handled = useRef(panel.focusRequest);

  useLayoutEffect(() => {
    if (panel.open && !wasOpen.current) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
    if (!panel.open && wasOpen.current && opener.current?.isConnected) opener.current.focus();
    wasOpen.current = panel.open;
  }, [panel.open]);

  // After every render: the element asked for may have just appeared.
  useEffect(() => {
    if (!panel.open || handled.current === panel.focusRequest) return;
    const element = document.getElementById(targetId(panel.focus));
    if (!element) return;
    handled.current = panel.focusRequest;
    element.scrollIntoView({ block: 'nearest' });
    if (panel.focus.kind !== 'thread' || panel.focus.moveFocus) element.focus();
  });
}

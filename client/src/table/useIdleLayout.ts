import { useEffect, type RefObject } from 'react';

const whenIdle = (callback: () => void): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback) : window.setTimeout(callback, 50);
const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : window.clearTimeout(handle);

/**
 * Once every focus area is in the table, lays out those the browser skipped
 * (content-visibility, see table.css), one per idle moment. Chromium builds a
 * skipped part's layout only when something inside it first changes, and then
 * all of it in that frame: in a meeting, the first status someone changed in
 * each focus area out of view took a 10–60 ms frame (a 420-measure plan: about
 * 0.7 s of the page's time in the first seconds of others' edits). Asking for a
 * cell's size makes the browser lay its part out now, and the part stays
 * skipped in rendering.
 */
export function useIdleLayout(table: RefObject<HTMLTableElement | null>, complete: boolean): void {
  useEffect(() => {
    if (!complete || !table.current) return;
    const groups = [...table.current.querySelectorAll(':scope > .mt-group')];
    let handle = 0;
    const next = () => {
      const group = groups.shift();
      if (!group) return;
      if (group.isConnected) group.querySelector('td')?.getBoundingClientRect();
      handle = whenIdle(next);
    };
    handle = whenIdle(next);
    return () => cancelIdle(handle);
  }, [table, complete]);
}

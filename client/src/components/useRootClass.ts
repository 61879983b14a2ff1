import { useLayoutEffect } from 'react';

/**
 * Puts `name` on the page's root element while `on` holds, for a part of the
 * page that changes the layout around it (the comments panel makes the page
 * narrower; the report prints alone). A class rather than `:root:has(…)` or
 * `body:has(…)` in CSS: the browser checks such a rule by searching the whole
 * page, and it did so in every frame in which anything changed (about 15 ms a
 * frame with a 420-measure table), print-only rules included.
 */
export function useRootClass(name: string, on = true): void {
  useLayoutEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.classList.add(name);
    return () => root.classList.remove(name);
  }, [name, on]);
}

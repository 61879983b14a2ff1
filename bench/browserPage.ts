// What the browser benchmark runs inside the page: observers installed before the app's own scripts
// (page.addInitScript), and the check that the page shows the remote edits. Every function here is
// serialised into the page, so it may use nothing from its module.

/** What the page recorded, in its own `performance.now()` ms (from its navigation start). */
export interface PageRecord {
  /** The first measure row painted (the frame after it was inserted). */
  firstRowAt: number | null;
  /** Every measure row of the plan in the DOM. */
  allRowsAt: number | null;
  /** The first `input` event handled: the table answered a keystroke. */
  firstInputAt: number | null;
  /** Event Timing entries of at least 16 ms (shorter ones are not reported). */
  events: Array<{ name: string; start: number; duration: number; interactionId: number }>;
  longTasks: Array<{ start: number; duration: number }>;
}

declare global {
  interface Window {
    __bench?: PageRecord;
  }
}

/** Installed with `page.addInitScript(instrumentPage, measureCount)`: runs before the app on every load. */
export function instrumentPage(measureCount: number): void {
  const record: PageRecord = { firstRowAt: null, allRowsAt: null, firstInputAt: null, events: [], longTasks: [] };
  window.__bench = record;
  new PerformanceObserver((list) => {
    // `interactionId` is newer than TypeScript's DOM library.
    for (const entry of list.getEntries() as Array<PerformanceEventTiming & { interactionId?: number }>) {
      record.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, interactionId: entry.interactionId ?? 0 });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('input', () => (record.firstInputAt ??= performance.now()), { capture: true });
  const rows = new MutationObserver(() => {
    if (record.firstRowAt === null && document.querySelector('tr.mt-row')) {
      record.firstRowAt = -1;
      requestAnimationFrame(() => (record.firstRowAt = performance.now()));
    }
    if (document.querySelectorAll('tr.mt-row').length >= measureCount) {
      record.allRowsAt = performance.now();
      rows.disconnect();
    }
  });
  const observe = () => rows.observe(document.body, { childList: true, subtree: true });
  if (document.body) observe();
  else document.addEventListener('DOMContentLoaded', observe);
}

/** Whether every measure's status chip shows its status (the chip's class `mt-status--<status>`). */
export function showStatuses(expected: Array<[id: string, status: string]>): boolean {
  return expected.every(([id, status]) =>
    document.querySelector(`tr[data-row-id="${id}"] .mt-status`)?.classList.contains(`mt-status--${status}`),
  );
}

/**
 * Resolves with `Date.now()` once the measure's status chip shows `status`, checked every few ms.
 * The benchmark's very last remote edit is the one such change of a measure nobody else touched: the
 * page gets every update over one socket in the server's order, so once it shows that one, it has
 * applied all the others.
 */
export function whenStatusShown(expected: [id: string, status: string]): Promise<number> {
  return new Promise((resolve) => {
    const check = () => {
      const chip = document.querySelector(`tr[data-row-id="${expected[0]}"] .mt-status`);
      if (chip?.classList.contains(`mt-status--${expected[1]}`)) resolve(Date.now());
      else setTimeout(check, 4);
    };
    check();
  });
}

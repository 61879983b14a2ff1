import { rowBox } from '../table/rowBox';

const HIGHLIGHT = 'meeting-highlight';

/**
 * Scrolls the plan table to a measure (or a focus area) and marks its row, by
 * the rows' own `data-row-kind`/`data-row-id`, so the table needs no hook.
 */
export function focusPlanRow(target: { measureId?: string; focusAreaId?: string }): void {
  for (const marked of document.querySelectorAll(`.${HIGHLIGHT}`)) marked.classList.remove(HIGHLIGHT);
  const [kind, id] = target.measureId ? ['measure', target.measureId] : target.focusAreaId ? ['focusArea', target.focusAreaId] : [null, null];
  if (!kind || !id) return;
  const row = document.querySelector(`[data-row-kind="${kind}"][data-row-id="${CSS.escape(id)}"]`);
  if (!row) return;
  row.classList.add(HIGHLIGHT);
  // Vertically only: scrollIntoView would also scroll the wide table sideways and hide the measures' titles.
  const box = rowBox(row);
  window.scrollTo({ top: window.scrollY + box.top - (window.innerHeight - box.height) / 2, behavior: 'auto' });
}

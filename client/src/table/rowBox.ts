/**
 * Where a row of the measure table is on screen. In the wide layout a row has
 * no box of its own (`display: contents`, see table.css): its box is then its
 * cells', leaving out a goal's cell, which spans the rows of all its measures.
 */
export function rowBox(row: Element): DOMRect {
  if (row.getClientRects().length > 0) return row.getBoundingClientRect();
  const boxes = [...row.children].filter((cell) => !cell.classList.contains('mt-goal')).map((cell) => cell.getBoundingClientRect());
  if (boxes.length === 0) return row.getBoundingClientRect();
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const right = Math.max(...boxes.map((box) => box.right));
  const bottom = Math.max(...boxes.map((box) => box.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

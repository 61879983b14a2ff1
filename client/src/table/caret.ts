/** A Y.Text change as `YTextEvent.delta` describes it. */
export type TextDelta = ReadonlyArray<{ insert?: unknown; delete?: number; retain?: number }>;

function insertedLength(insert: unknown): number {
  return typeof insert === 'string' ? insert.length : 1;
}

/**
 * Where a caret at `position` of the old text stands after someone else's
 * change. Text inserted exactly at the caret goes after it: when two people
 * type at the same place, each keeps typing in front of the other's letters
 * instead of between them.
 */
export function transformCaret(position: number, delta: TextDelta): number {
  let index = 0;
  let shift = 0;
  for (const op of delta) {
    if (index >= position) break;
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (op.insert !== undefined) {
      shift += insertedLength(op.insert);
    } else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, position - index);
      index += op.delete;
    }
  }
  return position + shift;
}

import type { EntityKind, MoveRequest } from './moves';

/** What lies under the pointer: a focus area's header, a goal's cell, or a measure's row. */
export interface DropTarget {
  focusAreaId: string;
  goalId?: string;
  measureId?: string;
}

/** Which half of the target the pointer is over. */
export type Half = 'before' | 'after';

/** How the target shows the drop: a line above or below it, or itself highlighted (into it). */
export type DropIndicator = Half | 'into';

export interface Drop {
  move: MoveRequest;
  indicator: DropIndicator;
}

/**
 * The move a drop makes: a measure lands beside another measure or at the
 * end of a goal (its cell); a goal beside another goal's cell or first under
 * a focus area's header; a focus area beside another's header. Null where the
 * dragged thing cannot go, so the line the table draws is always where it lands.
 */
export function resolveDrop(dragged: { kind: EntityKind; id: string }, target: DropTarget, half: Half): Drop | null {
  const { focusAreaId, goalId, measureId } = target;
  switch (dragged.kind) {
    case 'measure':
      if (goalId === undefined || measureId === dragged.id) return null;
      if (measureId === undefined) {
        return { move: { kind: 'measure', id: dragged.id, to: { goalId } }, indicator: 'into' };
      }
      return { move: { kind: 'measure', id: dragged.id, to: { goalId, [half]: measureId } }, indicator: half };
    case 'goal':
      if (measureId !== undefined || goalId === dragged.id) return null;
      if (goalId === undefined) {
        return { move: { kind: 'goal', id: dragged.id, to: { focusAreaId, index: 0 } }, indicator: 'into' };
      }
      return { move: { kind: 'goal', id: dragged.id, to: { focusAreaId, [half]: goalId } }, indicator: half };
    case 'focusArea':
      if (goalId !== undefined || focusAreaId === dragged.id) return null;
      return { move: { kind: 'focusArea', id: dragged.id, to: { [half]: focusAreaId } }, indicator: half };
  }
}

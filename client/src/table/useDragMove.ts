import { useMemo, useRef, useState, useSyncExternalStore, type DragEvent } from 'react';
import { rowBox } from './rowBox';
import { resolveDrop, type DropIndicator, type DropTarget, type Half } from './drop';
import type { EntityKind, MoveRequest } from './moves';
import { createValueStore, type ValueStore } from './valueStore';

/** Only our own drags: text dragged from a cell or a file from the desktop is not a row. */
const DRAG_TYPE = 'application/x-hyte-table-row';

function targetKey(target: DropTarget): string {
  return target.measureId ?? target.goalId ?? target.focusAreaId;
}

function halfOf(event: DragEvent<HTMLElement>): Half {
  const rect = rowBox(event.currentTarget);
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
}

export interface DragMove {
  /** Props of a drag handle; `image` is what follows the pointer (the row). */
  handleProps: (
    kind: EntityKind,
    id: string,
    image: () => Element | null,
  ) => {
    draggable: true;
    onDragStart: (event: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
  /** Props of a drop target; where the line goes comes from `useDropIndicator`. */
  targetProps: (target: DropTarget) => {
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
  };
  /** The target under the pointer and how it shows the drop. */
  over: ValueStore<{ key: string; indicator: DropIndicator } | null>;
}

/**
 * Native HTML drag and drop of measures, goals and focus areas. Nested
 * targets (a goal's cell inside a measure's row) handle what they can and
 * let the rest bubble to the row. The returned `drag` stays the same while
 * the pointer moves: only the target it enters and the one it leaves
 * re-render (`useDropIndicator`), not the whole table.
 */
export function useDragMove(onMove: (move: MoveRequest) => void): { drag: DragMove; dragging: boolean } {
  const dragged = useRef<{ kind: EntityKind; id: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [over] = useState<DragMove['over']>(() => createValueStore<{ key: string; indicator: DropIndicator } | null>(null));
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;

  const drag = useMemo((): DragMove => {
    const end = () => {
      dragged.current = null;
      setDragging(false);
      over.set(null);
    };
    return {
      over,
      handleProps: (kind, id, image) => ({
        draggable: true,
        onDragStart: (event) => {
          dragged.current = { kind, id };
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData(DRAG_TYPE, id);
          const element = image();
          if (element) event.dataTransfer.setDragImage(element, 16, 16);
          setDragging(true);
        },
        onDragEnd: end,
      }),
      targetProps: (target) => {
        const key = targetKey(target);
        const drop = (event: DragEvent<HTMLElement>) =>
          dragged.current && event.dataTransfer.types.includes(DRAG_TYPE)
            ? resolveDrop(dragged.current, target, halfOf(event))
            : null;
        return {
          onDragOver: (event) => {
            const found = drop(event);
            if (!found) return;
            event.preventDefault();
            event.stopPropagation();
            event.dataTransfer.dropEffect = 'move';
            const current = over.get();
            if (current?.key !== key || current.indicator !== found.indicator) over.set({ key, indicator: found.indicator });
          },
          onDragLeave: (event) => {
            if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
            if (over.get()?.key === key) over.set(null);
          },
          onDrop: (event) => {
            const found = drop(event);
            if (!found) return;
            // Also keeps a text box under the pointer from inserting the dragged data.
            event.preventDefault();
            event.stopPropagation();
            end();
            onMoveRef.current(found.move);
          },
        };
      },
    };
  }, [over]);

  return { drag, dragging };
}

/** How a drop target shows the drop under the pointer (its `data-drop`), or undefined. */
export function useDropIndicator(drag: DragMove, target: DropTarget): DropIndicator | undefined {
  const key = targetKey(target);
  return useSyncExternalStore(drag.over.subscribe, () => {
    const over = drag.over.get();
    return over?.key === key ? over.indicator : undefined;
  });
}

import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import { resolveDrop, type DropIndicator, type DropTarget, type Half } from './drop';
import type { EntityKind, MoveRequest } from './moves';

/** Only our own drags: text dragged from a cell or a file from the desktop is not a row. */
const DRAG_TYPE = 'application/x-hyte-table-row';

function targetKey(target: DropTarget): string {
  return target.measureId ?? target.goalId ?? target.focusAreaId;
}

function halfOf(event: DragEvent<HTMLElement>): Half {
  const rect = event.currentTarget.getBoundingClientRect();
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
  /** Props of a drop target, with `data-drop` telling CSS where the line goes. */
  targetProps: (target: DropTarget) => {
    onDragOver: (event: DragEvent<HTMLElement>) => void;
    onDragLeave: (event: DragEvent<HTMLElement>) => void;
    onDrop: (event: DragEvent<HTMLElement>) => void;
    'data-drop'?: DropIndicator;
  };
  dragging: boolean;
}

/**
 * Native HTML drag and drop of measures, goals and focus areas. Nested
 * targets (a goal's cell inside a measure's row) handle what they can and
 * let the rest bubble to the row.
 */
export function useDragMove(onMove: (move: MoveRequest) => void): DragMove {
  const dragged = useRef<{ kind: EntityKind; id: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [over, setOver] = useState<{ key: string; indicator: DropIndicator } | null>(null);
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;

  const end = useCallback(() => {
    dragged.current = null;
    setDragging(false);
    setOver(null);
  }, []);

  const handleProps = useCallback<DragMove['handleProps']>(
    (kind, id, image) => ({
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
    [end],
  );

  const targetProps = useCallback<DragMove['targetProps']>(
    (target) => {
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
          const next = { key, indicator: found.indicator };
          setOver((current) => (current?.key === key && current.indicator === found.indicator ? current : next));
        },
        onDragLeave: (event) => {
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          setOver((current) => (current?.key === key ? null : current));
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
        ...(over?.key === key ? { 'data-drop': over.indicator } : {}),
      };
    },
    [over, end],
  );

  return useMemo(() => ({ handleProps, targetProps, dragging }), [handleProps, targetProps, dragging]);
}

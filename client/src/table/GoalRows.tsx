import { memo, useRef } from 'react';
import { spanColumns, spanRows } from './gridSpan';
import { MeasureRow } from './MeasureRow';
import type { OutlineGoal } from './outline';
import { AddButton, DragHandle, RowControls } from './RowControls';
import { TextField } from './TextField';
import { useTable } from './TableContext';
import { useDropIndicator } from './useDragMove';

interface Props {
  goal: OutlineGoal;
  focusAreaId: string;
  /** Running numbers by id, see `numberEntities`. */
  numbers: ReadonlyMap<string, number>;
  canUp: boolean;
  canDown: boolean;
  /** The table's first and last goals: there a measure's steps up and down end. */
  firstGoalId: string | undefined;
  lastGoalId: string | undefined;
}

/**
 * A goal and its measures: the goal's cell spans its measures' rows, as on
 * paper. It is a data cell rather than a row header, because it holds the
 * goal's buttons, and a header's buttons would be read out on every row.
 * Rendered from the outline only: it re-renders when its measures are
 * added, moved or numbered anew, not when one of them changes.
 */
export const GoalRows = memo(function GoalRows({ goal, focusAreaId, numbers, canUp, canDown, firstGoalId, lastGoalId }: Props) {
  const { t, readOnly, drag, columns } = useTable();
  const cellRef = useRef<HTMLTableCellElement>(null);
  const n = numbers.get(goal.id) ?? 0;
  const dropTarget = { focusAreaId, goalId: goal.id };
  const drop = useDropIndicator(drag, dropTarget);
  const target = readOnly ? {} : { ...drag.targetProps(dropTarget), 'data-drop': drop };

  const cell = (
    <td
      ref={cellRef}
      {...spanRows(Math.max(goal.measures.length, 1))}
      className="mt-cell mt-goal"
      data-row-kind="goal"
      data-row-id={goal.id}
      {...target}
    >
      <div className="mt-goal__head">
        <TextField
          field={{ kind: 'goal', id: goal.id, field: 'title' }}
          label={t('table.labels.goal', { n })}
          placeholder={t('table.placeholders.goal')}
          className="mt-field--goal"
        />
      </div>
      {!readOnly && (
        <div className="mt-goal__tools">
          <div className="mt-goal__moves">
            <DragHandle kind="goal" id={goal.id} image={() => cellRef.current} />
            <RowControls kind="goal" id={goal.id} n={n} canUp={canUp} canDown={canDown} />
          </div>
          <AddButton kind="measure" parentId={goal.id} n={n} />
        </div>
      )}
    </td>
  );

  if (goal.measures.length === 0) {
    return (
      <tr className="mt-row mt-row--empty">
        {cell}
        <td {...spanColumns(columns - 1)} className="mt-empty" {...target}>
          {t('table.empty.goal')}
        </td>
      </tr>
    );
  }
  const last = goal.measures.length - 1;
  return (
    <>
      {goal.measures.map((measure, index) => (
        <MeasureRow
          key={measure.id}
          measureId={measure.id}
          n={numbers.get(measure.id) ?? 0}
          focusAreaId={focusAreaId}
          goalId={goal.id}
          goalCell={index === 0 ? cell : null}
          canUp={index > 0 || goal.id !== firstGoalId}
          canDown={index < last || goal.id !== lastGoalId}
        />
      ))}
    </>
  );
});

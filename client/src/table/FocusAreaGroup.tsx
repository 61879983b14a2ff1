import { memo, useRef } from 'react';
import { GoalRows } from './GoalRows';
import { spanColumns } from './gridSpan';
import type { OutlineFocusArea } from './outline';
import { AddButton, DragHandle, RowControls } from './RowControls';
import { TextField } from './TextField';
import { useTable } from './TableContext';
import { useDropIndicator } from './useDragMove';

interface Props {
  focusArea: OutlineFocusArea;
  numbers: ReadonlyMap<string, number>;
  canUp: boolean;
  canDown: boolean;
  firstGoalId: string | undefined;
  lastGoalId: string | undefined;
  filtering: boolean;
}

/**
 * A focus area: a row group whose first row, spanning the table, is its
 * header. The header cell holds only the title (it is read out with every
 * cell of the group); the buttons sit in a cell of their own beside it.
 */
export const FocusAreaGroup = memo(function FocusAreaGroup({
  focusArea,
  numbers,
  canUp,
  canDown,
  firstGoalId,
  lastGoalId,
  filtering,
}: Props) {
  const { t, readOnly, drag, columns } = useTable();
  // What follows the pointer when the focus area is dragged: its row has no box of its own to show (table.css).
  const titleCell = useRef<HTMLTableCellElement>(null);
  const n = numbers.get(focusArea.id) ?? 0;
  const dropTarget = { focusAreaId: focusArea.id };
  const drop = useDropIndicator(drag, dropTarget);
  const last = focusArea.goals.length - 1;
  const measures = focusArea.goals.reduce((sum, goal) => sum + Math.max(goal.measures.length, 1), 0);
  return (
    // Out of view it is not laid out; its height until then is a guess from its rows (see table.css).
    <tbody className="mt-group" style={{ containIntrinsicBlockSize: `auto ${3 + measures * 8}rem` }}>
      <tr
        className="mt-fa"
        data-row-kind="focusArea"
        data-row-id={focusArea.id}
        data-drop={drop}
        {...(readOnly ? {} : drag.targetProps(dropTarget))}
      >
        <th ref={titleCell} scope="rowgroup" {...spanColumns(readOnly ? columns : columns - 2)} className="mt-fa__title">
          <div className="mt-fa__head">
            {!readOnly && <DragHandle kind="focusArea" id={focusArea.id} image={() => titleCell.current} />}
            <TextField
              field={{ kind: 'focusArea', id: focusArea.id, field: 'title' }}
              label={t('table.labels.focusArea', { n })}
              placeholder={t('table.placeholders.focusArea')}
              className="mt-field--focus-area"
            />
          </div>
        </th>
        {!readOnly && (
          <td {...spanColumns(2)} className="mt-fa__tools">
            <div className="mt-fa__toolbar">
              <AddButton kind="goal" parentId={focusArea.id} n={n} />
              <RowControls kind="focusArea" id={focusArea.id} n={n} canUp={canUp} canDown={canDown} />
            </div>
          </td>
        )}
      </tr>
      {focusArea.goals.map((goal, index) => (
        <GoalRows
          key={goal.id}
          goal={goal}
          focusAreaId={focusArea.id}
          numbers={numbers}
          // A goal at the edge of its focus area steps into the neighbouring one, if there is one.
          canUp={index > 0 || canUp}
          canDown={index < last || canDown}
          firstGoalId={firstGoalId}
          lastGoalId={lastGoalId}
        />
      ))}
      {focusArea.goals.length === 0 && (
        <tr>
          <td {...spanColumns(columns)} className="mt-empty">
            {filtering ? t('table.empty.filtered') : t('table.empty.focusArea')}
          </td>
        </tr>
      )}
    </tbody>
  );
});

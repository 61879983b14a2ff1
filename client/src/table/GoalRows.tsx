import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalData } from '../../../shared/plan';
import { MeasureRow } from './MeasureRow';
import { AddButton, DragHandle, RowControls } from './RowControls';
import { TextField } from './TextField';
import { useTable } from './TableContext';

/**
 * A goal and its measures: the goal's cell spans its measures' rows, as on
 * paper. It is a data cell rather than a row header, because it holds the
 * goal's buttons, and a header's buttons would be read out on every row.
 */
export function GoalRows({ goal, focusAreaId }: { goal: GoalData; focusAreaId: string }) {
  const { t } = useTranslation();
  const { readOnly, numbers, drag, columns } = useTable();
  const cellRef = useRef<HTMLTableCellElement>(null);
  const n = numbers.get(goal.id) ?? 0;
  const target = readOnly ? {} : drag.targetProps({ focusAreaId, goalId: goal.id });

  const cell = (
    <td
      ref={cellRef}
      rowSpan={Math.max(goal.measures.length, 1)}
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
            <RowControls kind="goal" id={goal.id} />
          </div>
          <AddButton kind="measure" parentId={goal.id} />
        </div>
      )}
    </td>
  );

  if (goal.measures.length === 0) {
    return (
      <tr className="mt-row mt-row--empty">
        {cell}
        <td colSpan={columns - 1} className="mt-empty" {...target}>
          {t('table.empty.goal')}
        </td>
      </tr>
    );
  }
  return (
    <>
      {goal.measures.map((measure, index) => (
        <MeasureRow
          key={measure.id}
          measure={measure}
          focusAreaId={focusAreaId}
          goalId={goal.id}
          goalCell={index === 0 ? cell : null}
        />
      ))}
    </>
  );
}

import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusAreaData } from '../../../shared/plan';
import { GoalRows } from './GoalRows';
import { AddButton, DragHandle, RowControls } from './RowControls';
import { TextField } from './TextField';
import { useTable } from './TableContext';

/**
 * A focus area: a row group whose first row, spanning the table, is its
 * header. The header cell holds only the title (it is read out with every
 * cell of the group); the buttons sit in a cell of their own beside it.
 */
export function FocusAreaGroup({ focusArea }: { focusArea: FocusAreaData }) {
  const { t } = useTranslation();
  const { readOnly, numbers, drag, columns, filtering } = useTable();
  const row = useRef<HTMLTableRowElement>(null);
  const n = numbers.get(focusArea.id) ?? 0;
  return (
    <tbody className="mt-group">
      <tr
        ref={row}
        className="mt-fa"
        data-row-kind="focusArea"
        data-row-id={focusArea.id}
        {...(readOnly ? {} : drag.targetProps({ focusAreaId: focusArea.id }))}
      >
        <th scope="rowgroup" colSpan={readOnly ? columns : columns - 2} className="mt-fa__title">
          <div className="mt-fa__head">
            {!readOnly && <DragHandle kind="focusArea" id={focusArea.id} image={() => row.current} />}
            <TextField
              field={{ kind: 'focusArea', id: focusArea.id, field: 'title' }}
              label={t('table.labels.focusArea', { n })}
              placeholder={t('table.placeholders.focusArea')}
              className="mt-field--focus-area"
            />
          </div>
        </th>
        {!readOnly && (
          <td colSpan={2} className="mt-fa__tools">
            <div className="mt-fa__toolbar">
              <AddButton kind="goal" parentId={focusArea.id} />
              <RowControls kind="focusArea" id={focusArea.id} />
            </div>
          </td>
        )}
      </tr>
      {focusArea.goals.map((goal) => (
        <GoalRows key={goal.id} goal={goal} focusAreaId={focusArea.id} />
      ))}
      {focusArea.goals.length === 0 && (
        <tr>
          <td colSpan={columns} className="mt-empty">
            {filtering ? t('table.empty.filtered') : t('table.empty.focusArea')}
          </td>
        </tr>
      )}
    </tbody>
  );
}

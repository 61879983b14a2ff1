import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { COLUMNS } from './columns';
import { FocusAreaGroup } from './FocusAreaGroup';
import { edgeGoals, type TableOutline } from './outline';
import { useIdleLayout } from './useIdleLayout';
import { useProgressiveGroups } from './useProgressiveGroups';

interface Props {
  /** What the table shows (filtered or not). */
  outline: TableOutline;
  /** Running numbers over the whole plan, see `numberEntities`. */
  numbers: ReadonlyMap<string, number>;
  filtering: boolean;
  labelledBy: string;
}

/**
 * The table itself, grouped as on paper: focus area header rows, goal cells
 * spanning their measures. Rendered from the outline: it re-renders when the
 * table's shape or the filters change, never for a change inside a row.
 */
export const MeasureTable = memo(function MeasureTable({ outline, numbers, filtering, labelledBy }: Props) {
  const { t } = useTranslation();
  const { first, last } = edgeGoals(outline);
  const lastFocusArea = outline.focusAreas.length - 1;
  const shown = useProgressiveGroups(outline);
  const table = useRef<HTMLTableElement>(null);
  useIdleLayout(table, shown === outline.focusAreas.length);
  return (
    <div className="mt-scroll">
      <table ref={table} className="mt" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`table.columns.${column}`)}
              </th>
            ))}
            {/* Everyone has actions: a measure's comments and history at least. */}
            <th scope="col">
              <span className="visually-hidden">{t('table.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        {outline.focusAreas.slice(0, shown).map((focusArea, index) => (
          <FocusAreaGroup
            key={focusArea.id}
            focusArea={focusArea}
            numbers={numbers}
            canUp={index > 0}
            canDown={index < lastFocusArea}
            firstGoalId={first}
            lastGoalId={last}
            filtering={filtering}
          />
        ))}
      </table>
      {outline.focusAreas.length === 0 && <p className="mt-empty">{t('table.empty.table')}</p>}
    </div>
  );
});

export const TABLE_COLUMNS = COLUMNS.length;

import { useTranslation } from 'react-i18next';
import type { PlanData } from '../../../shared/plan';
import { FocusAreaGroup } from './FocusAreaGroup';

const COLUMNS = ['goal', 'measure', 'responsible', 'targetGroup', 'indicator', 'schedule', 'status'] as const;

/** The table itself, grouped as on paper: focus area header rows, goal cells spanning their measures. */
export function MeasureTable({ view, labelledBy }: { view: PlanData; labelledBy: string }) {
  const { t } = useTranslation();
  return (
    <div className="mt-scroll">
      <table className="mt" aria-labelledby={labelledBy}>
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column} className={`mt-col--${column}`} />
          ))}
          {/* Everyone has actions: a measure's comments and history at least. */}
          <col className="mt-col--actions" />
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`table.columns.${column}`)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('table.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        {view.focusAreas.map((focusArea) => (
          <FocusAreaGroup key={focusArea.id} focusArea={focusArea} />
        ))}
      </table>
      {view.focusAreas.length === 0 && <p className="mt-empty">{t('table.empty.table')}</p>}
    </div>
  );
}

export const TABLE_COLUMNS = COLUMNS.length;

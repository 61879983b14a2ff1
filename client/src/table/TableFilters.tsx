import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, TARGET_GROUPS, isStatus, isTargetGroupValue } from '../../../shared/plan';
import { isFiltering, NO_FILTERS, type TableFilters as Filters } from './filter';

interface Props {
  filters: Filters;
  onChange: (filters: Filters) => void;
  visible: number;
  total: number;
}

// Select values are strings: "any" stands for no filter, '' (a real value) for "not set".
const ANY = 'any';

/** Filters by status, responsible party (words), target group and open comments, with the count they leave. */
export const TableFilters = memo(function TableFilters({ filters, onChange, visible, total }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="mt-filters" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="mt-filters__label">
        {t('table.filters.label')}
      </p>
      <div className="mt-filters__field">
        <label htmlFor={`${id}-status`}>{t('table.filters.status')}</label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ANY}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filters, status: isStatus(value) ? value : null });
          }}
        >
          <option value={ANY}>{t('table.filters.anyStatus')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="mt-filters__field">
        <label htmlFor={`${id}-responsible`}>{t('table.filters.responsible')}</label>
        <input
          id={`${id}-responsible`}
          type="search"
          value={filters.responsible}
          onChange={(event) => onChange({ ...filters, responsible: event.target.value })}
        />
      </div>
      <div className="mt-filters__field">
        <label htmlFor={`${id}-group`}>{t('table.filters.targetGroup')}</label>
        <select
          id={`${id}-group`}
          value={filters.targetGroup ?? ANY}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ ...filters, targetGroup: value !== ANY && isTargetGroupValue(value) ? value : null });
          }}
        >
          <option value={ANY}>{t('table.filters.anyTargetGroup')}</option>
          {TARGET_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`targetGroup.${group}`)}
            </option>
          ))}
          <option value="">{t('targetGroup.none')}</option>
        </select>
      </div>
      <div className="mt-filters__field mt-filters__check">
        <input
          id={`${id}-comments`}
          type="checkbox"
          checked={filters.openComments}
          onChange={(event) => onChange({ ...filters, openComments: event.target.checked })}
        />
        <label htmlFor={`${id}-comments`}>{t('comments.table.filter')}</label>
      </div>
      <div className="mt-filters__result">
        <p role="status" className="mt-filters__count">
          {t('table.filters.count', { visible, total })}
        </p>
        {isFiltering(filters) && (
          <button type="button" className="button mt-filters__clear" onClick={() => onChange(NO_FILTERS)}>
            {t('table.filters.clear')}
          </button>
        )}
      </div>
    </div>
  );
});

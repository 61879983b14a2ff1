import { memo, useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, isStatus, type VocabularyKind } from '../../../shared/plan';
import { isFiltering, NO_FILTERS, type TableFilters as Filters } from './filter';
import { pickOrder } from './measureVocabulary';
import type { PlanTableStore } from './planTableStore';
import { useVocabulary } from './usePlanTable';

interface Props {
  store: PlanTableStore;
  filters: Filters;
  onChange: (filters: Filters) => void;
  visible: number;
  total: number;
}

// Select values are strings: "*" (never an id) stands for no filter, '' (a real value) for "none".
const ANY = '*';

const FILTER_FIELDS = { party: 'party', targetGroup: 'targetGroup', project: 'project' } as const satisfies Record<VocabularyKind, keyof Filters>;

interface EntryFilterProps {
  id: string;
  store: PlanTableStore;
  kind: VocabularyKind;
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A select of one vocabulary's entries, with "any" and "none"; a chosen entry someone deletes is let go. */
function EntryFilter({ id, store, kind, value, onChange }: EntryFilterProps) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary(store, kind);
  const entries = useMemo(() => pickOrder(kind, vocabulary), [kind, vocabulary]);
  const gone = value !== null && value !== '' && !entries.some((entry) => entry.id === value);
  useEffect(() => {
    if (gone) onChange(null);
  }, [gone, onChange]);
  return (
    <div className="mt-filters__field">
      <label htmlFor={id}>{t(`table.filters.${kind}`)}</label>
      <select id={id} value={gone ? ANY : (value ?? ANY)} onChange={(event) => onChange(event.target.value === ANY ? null : event.target.value)}>
        <option value={ANY}>{t(`table.filters.any.${kind}`)}</option>
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.name}
          </option>
        ))}
        <option value="">{t(`table.filters.none.${kind}`)}</option>
      </select>
    </div>
  );
}

/**
 * Filters by status, responsible party (leading or taking part), target
 * group, project and open comments, with the count they leave. The parties,
 * groups and projects are the plan's own, live: an entry someone adds is
 * offered at once.
 */
export const TableFilters = memo(function TableFilters({ store, filters, onChange, visible, total }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // One callback per vocabulary that stays the same while the filters do, for the selects' effects.
  const setters = useMemo(() => {
    const set = (kind: VocabularyKind) => (value: string | null) =>
      onChange({ ...filters, [FILTER_FIELDS[kind]]: value, ...(kind === 'party' && !value ? { leadOnly: false } : {}) });
    return { party: set('party'), targetGroup: set('targetGroup'), project: set('project') };
  }, [filters, onChange]);
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
      <EntryFilter id={`${id}-party`} store={store} kind="party" value={filters.party} onChange={setters.party} />
      {filters.party && (
        <div className="mt-filters__field mt-filters__check">
          <input
            id={`${id}-lead`}
            type="checkbox"
            checked={filters.leadOnly}
            onChange={(event) => onChange({ ...filters, leadOnly: event.target.checked })}
          />
          <label htmlFor={`${id}-lead`}>{t('table.filters.leadOnly')}</label>
        </div>
      )}
      <EntryFilter id={`${id}-group`} store={store} kind="targetGroup" value={filters.targetGroup} onChange={setters.targetGroup} />
      <EntryFilter id={`${id}-project`} store={store} kind="project" value={filters.project} onChange={setters.project} />
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

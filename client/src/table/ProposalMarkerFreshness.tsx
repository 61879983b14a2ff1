import { useSyncExternalStore } from 'react';
import { formatDay } from '../i18n/dateTime';
import { planFreshnessOf } from '../rounds/planFreshness';
import { statusAge } from '../rounds/statusAge';
import { currentLanguage } from '../i18n';
import { useTable } from './TableContext';

/**
 * "Tila päivitetty 12.3.2026" under a measure's status, or, flagged in words
 * with a mark beside them, that it has not been updated since the current
 * round opened or for over a year. Reads two plain values of the plan's one
 * store, so a status changed elsewhere re-renders only its own row's line.
 */
export function StatusFreshness({ measureId }: { measureId: string }) {
  const { t, store, doc } = useTable();
  const freshness = planFreshnessOf(doc, store.getData().id);
  const updatedAt = useSyncExternalStore(freshness.subscribe, () => freshness.updatedAtOf(measureId));
  const round = useSyncExternalStore(freshness.subscribe, freshness.currentRound);
  const age = statusAge(measureId, updatedAt, round, new Date());
  // Empty, it keeps the line's room (proposalMarker.css).
  if (age.kind === 'unknown') return <p className="mt-freshness" />;
  const day = (iso: string) => formatDay(iso, currentLanguage());
  if (age.kind === 'fresh') {
    return (
      <p className="mt-freshness">
        {t('rounds.freshness.updated', { date: day(age.at) })}
      </p>
    );
  }
  const flag = age.kind === 'overYear' ? t('rounds.freshness.overYear') : t('rounds.freshness.beforeRound');
  return (
    <p className="mt-freshness mt-freshness--stale">
      <span className="mt-freshness__mark" aria-hidden="true">
        !
      </span>
      {flag}
      {age.at && <> ({t('rounds.freshness.lastUpdated', { date: day(age.at) })})</>}
    </p>
  );
}

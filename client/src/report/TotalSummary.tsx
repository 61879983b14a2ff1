import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type StatusCounts } from '../../../shared/plan';
import { StatusIcon } from '../table/StatusIcon';
import { percent, totalOf } from './chartBars';

/** The traffic lights of the whole plan: how many measures of each status, and their share. */
export function TotalSummary({ counts }: { counts: StatusCounts }) {
  const { t } = useTranslation();
  const headingId = useId();
  const total = totalOf(counts);
  return (
    <section className="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('report.total.title')}</h2>
      <p className="report-total__all">{t('report.total.all', { number: total })}</p>
      <ul className="traffic-lights">
        {STATUSES.map((status) => (
          <li key={status} className={`traffic-light traffic-light--${status}`}>
            <StatusIcon status={status} size={32} />
            <span className="traffic-light__count">{counts[status]}</span>
            <span className="traffic-light__text">
              <strong>{t(`statusShort.${status}`)}</strong>
              <span className="traffic-light__words">
                {t(`status.${status}`)} · {percent(counts[status], total)} %
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

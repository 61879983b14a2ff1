import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../shared/plan';
import { StatusIcon } from '../table/StatusIcon';

/** What each fill of the chart means: its pattern, the status's shape, its colour and words. */
export function ChartLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-label={t('report.chart.legend')}>
      {STATUSES.map((status) => (
        <li key={status} className="chart-legend__item">
          <span className={`chart-fill chart-fill--${status} chart-legend__swatch`} aria-hidden="true" />
          <StatusIcon status={status} size={16} />
          <span>
            <strong>{t(`statusShort.${status}`)}</strong> ({t(`statusColor.${status}`)}
            {t('report.chart.patternSeparator')}
            {t(`report.chart.pattern.${status}`)})
          </span>
        </li>
      ))}
    </ul>
  );
}

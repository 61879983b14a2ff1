import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../shared/plan';
import { StatusIcon } from './StatusIcon';

/** The traffic lights explained: shape, colour name and the official words of each status. */
export const StatusLegend = memo(function StatusLegend() {
  const { t } = useTranslation();
  return (
    <ul className="mt-legend" aria-label={t('table.legend')}>
      {STATUSES.map((status) => (
        <li key={status} className="mt-legend__item">
          <StatusIcon status={status} />
          <span>
            <span className="mt-legend__color">{t(`statusColor.${status}`)}</span>: {t(`status.${status}`)}
          </span>
        </li>
      ))}
    </ul>
  );
});

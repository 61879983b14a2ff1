import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/plan';
import { StatusIcon } from '../table/StatusIcon';

/** A status as the table shows it: its traffic-light shape and its official words. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} size={16} />
      {t(`status.${status}`)}
    </span>
  );
}

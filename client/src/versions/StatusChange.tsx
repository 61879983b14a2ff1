import { useTranslation } from 'react-i18next';
import type { Status } from '../../../shared/plan';
import { StatusBadge } from './StatusBadge';

/** "before → after": the arrow is drawn for the eye, the words "before" and "now" are there for screen readers. */
export function StatusChange({ from, to }: { from: Status; to: Status }) {
  const { t } = useTranslation();
  return (
    <span className="status-change">
      <span className="visually-hidden">{t('compare.before')} </span>
      <StatusBadge status={from} />
      <span className="status-change__arrow" aria-hidden="true">
        →
      </span>
      <span className="visually-hidden"> {t('compare.after')} </span>
      <StatusBadge status={to} />
    </span>
  );
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureData, PlanData } from '../../../shared/plan';
import { ModalDialog } from '../components/ModalDialog';
import { useLoad } from '../components/useLoad';
import { formatDateTime } from '../i18n/dateTime';
import { measureHistory } from './api';
import { changeOf, goalTitles, shortName } from './historyLines';
import { useChangeText } from './useChangeText';
import './history.css';

interface Props {
  planId: string;
  measure: MeasureData;
  data: PlanData;
  onClose: () => void;
}

/**
 * "Muutoshistoria": who changed what in a measure and when, newest first,
 * from the server's audit trail (attributed there from the connection that
 * made each change, so it cannot be claimed by anyone else).
 */
export function MeasureHistoryDialog({ planId, measure, data, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const describe = useChangeText();
  const fetchHistory = useCallback(() => measureHistory(planId, measure.id), [planId, measure.id]);
  const { load } = useLoad(fetchHistory);
  const goals = goalTitles(data);

  const lines =
    load.kind === 'loaded'
      ? load.data.flatMap((entry) => {
          const change = changeOf(entry, goals);
          return change ? [{ entry, text: describe(change) }] : [];
        })
      : [];

  return (
    <ModalDialog title={t('history.title')} onClose={onClose}>
      <p className="history__measure">{measure.title}</p>
      {load.kind === 'loading' && <p>{t('app.loading')}</p>}
      {load.kind === 'failed' && <p className="history__failed">{t('history.failed')}</p>}
      {load.kind === 'loaded' && lines.length === 0 && <p>{t('history.none')}</p>}
      {lines.length > 0 && (
        <ol className="history__list">
          {lines.map(({ entry, text }, index) => (
            <li key={`${entry.at}-${entry.field}-${index}`} className="history__line">
              {text}, {entry.user ? shortName(entry.user.name) : t('history.system')},{' '}
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
            </li>
          ))}
        </ol>
      )}
      <div className="modal__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('feedback.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

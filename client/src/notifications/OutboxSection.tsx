import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry, OutboxList } from '../../../shared/api/mail';
import { api } from '../api/http';
import { DataTable, RowButton } from '../components/DataTable';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { formatDateTime } from '../i18n/dateTime';

const loadOutbox = () => api<OutboxList>('/admin/outbox');
const retryMail = (id: string) => api<OutboxEntry>(`/admin/outbox/${encodeURIComponent(id)}/retry`, { method: 'POST' });

/** The administrator's outbox: every mail the server sent, keeps or still tries to send, with its state and last error. */
export function OutboxSection({ onSessionLost }: { onSessionLost: () => void }) {
  const { t, i18n } = useTranslation();
  const fetchOutbox = useCallback(loadOutbox, []);
  const { load, reload } = useLoad(fetchOutbox, onSessionLost);
  const { feedback, run, announce } = useFeedback(onSessionLost);
  const headingId = useId();

  const retry = async (mail: OutboxEntry) => {
    if (await run(() => retryMail(mail.id))) {
      await reload();
      announce(t('notifications.outboxRetried', { subject: mail.subject }));
    }
  };

  return (
    <section aria-labelledby={headingId} className="page-section">
      <h2 id={headingId}>{t('notifications.outboxHeading')}</h2>
      {load.kind === 'failed' && <p className="form-error">{t('notifications.outboxLoadFailed')}</p>}
      {load.kind === 'loaded' && (
        <>
          <p>{load.data.transport === 'smtp' ? t('notifications.outboxIntroSmtp') : t('notifications.outboxIntroOutbox')}</p>
          <FeedbackRegion feedback={feedback} />
          <DataTable
            rows={load.data.messages}
            rowKey={(m) => m.id}
            labelledBy={headingId}
            empty={t('notifications.outboxEmpty')}
            nameColumn={{ header: t('notifications.outboxSubject'), cell: (m) => m.subject }}
            columns={[
              { header: t('notifications.outboxTo'), cell: (m) => m.to.email },
              {
                header: t('notifications.outboxState'),
                cell: (m) => (
                  <>
                    {t(`notifications.outboxStates.${m.state}`)}
                    {m.lastError && m.state !== 'sent' && (
                      <span className="field-hint"> {t('notifications.outboxAttempts', { count: m.attempts, error: m.lastError })}</span>
                    )}
                  </>
                ),
              },
              { header: t('notifications.outboxWhen'), cell: (m) => formatDateTime(m.createdAt, i18n.language) },
            ]}
            actions={{
              header: t('notifications.outboxActions'),
              cell: (m) => (
                <>
                  <a className="button button--small" href={`/api/admin/outbox/${encodeURIComponent(m.id)}/html`} target="_blank" rel="noreferrer" aria-label={t('notifications.outboxViewLabel', { subject: m.subject })}>
                    {t('notifications.outboxView')}
                  </a>
                  {(m.state === 'failed' || m.state === 'cancelled') && (
                    <RowButton label={t('notifications.outboxRetryLabel', { subject: m.subject })} onClick={() => void retry(m)}>
                      {t('notifications.outboxRetry')}
                    </RowButton>
                  )}
                </>
              ),
            }}
          />
        </>
      )}
    </section>
  );
}

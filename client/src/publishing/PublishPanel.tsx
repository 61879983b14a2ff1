import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../api/versions';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { formatDateTime } from '../i18n/dateTime';
import { listPublications, publish, unpublish, type PublicationSummary } from './api';

interface Props {
  planId: string;
  /** The plan's versions: named ones can be published. */
  versions: VersionSummary[];
  /** A published current plan is a new named version: the list above shows it. */
  onVersionsChanged: () => Promise<unknown>;
  onSessionLost: () => void;
}

/** On the versions page, for the chair and the secretary: publish a named version or the current plan, and take publications down. */
export function PublishPanel({ planId, versions, onVersionsChanged, onSessionLost }: Props) {
  const { t, i18n } = useTranslation();
  const fetchPublications = useCallback(() => listPublications(planId), [planId]);
  const { load, reload } = useLoad(fetchPublications, onSessionLost);
  const { feedback, run, announce } = useFeedback(onSessionLost);
  const named = versions.filter((v) => v.kind === 'named');
  const [chosen, setChosen] = useState('');
  const [removing, setRemoving] = useState<PublicationSummary | null>(null);
  const headingId = useId();
  const selectId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const versionId = chosen || named[0]?.id || '';

  const publishOne = async (id?: string) => {
    const done = await run(() => publish(planId, id));
    if (!done) return;
    await Promise.all([reload(), id ? null : onVersionsChanged()]);
    announce(t('publishing.published', { label: done.value.versionLabel }));
  };

  return (
    <section aria-labelledby={headingId} className="page-section">
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('publishing.title')}
      </h2>
      <p>{t('publishing.intro')}</p>
      <p className="form-row">
        <button type="button" className="button button--primary" onClick={() => void publishOne()}>
          {t('publishing.publishCurrent')}
        </button>
        {named.length > 0 && (
          <>
            <label htmlFor={selectId}>{t('versions.namedGroup')}</label>{' '}
            <select id={selectId} value={versionId} onChange={(event) => setChosen(event.target.value)}>
              {named.map((v) => (
                <option key={v.id} value={v.id}>
                  {t('versions.choice', { label: v.label, date: formatDateTime(v.createdAt, i18n.language) })}
                </option>
              ))}
            </select>{' '}
            <button type="button" className="button" onClick={() => void publishOne(versionId)}>
              {t('publishing.publishVersion')}
            </button>
          </>
        )}
      </p>
      <FeedbackRegion feedback={feedback} />
      {load.kind === 'failed' && <p className="feedback__error">{t('publishing.loadFailed')}</p>}
      {load.kind === 'loaded' && load.data.length === 0 && <p>{t('publishing.none')}</p>}
      {load.kind === 'loaded' && load.data.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('publishing.columns.version')}</th>
              <th scope="col">{t('publishing.columns.publishedAt')}</th>
              <th scope="col">{t('publishing.columns.state')}</th>
              <th scope="col">{t('publishing.columns.links')}</th>
              <th scope="col">{t('publishing.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {load.data.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.versionLabel}</th>
                <td>{formatDateTime(p.publishedAt, i18n.language)}</td>
                <td>{p.unpublishedAt ? t('publishing.down', { date: formatDateTime(p.unpublishedAt, i18n.language) }) : t('publishing.up')}</td>
                <td>
                  {!p.unpublishedAt && (
                    <>
                      <a href={p.url}>{t('publishing.page')}</a> · <a href={p.dataUrl}>{t('publishing.data')}</a> · <a href={p.csvUrl}>{t('publishing.csv')}</a>
                    </>
                  )}
                </td>
                <td>
                  {!p.unpublishedAt && (
                    <button type="button" className="button button--danger" onClick={() => setRemoving(p)}>
                      {t('publishing.unpublish')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removing && (
        <ConfirmDialog
          title={t('publishing.unpublishTitle')}
          confirmLabel={t('publishing.unpublish')}
          onConfirm={async () => {
            await unpublish(planId, removing.id);
            await reload();
          }}
          onDone={() => {
            setRemoving(null);
            announce(t('publishing.unpublished', { label: removing.versionLabel }));
          }}
          onClose={() => setRemoving(null)}
          onSessionLost={onSessionLost}
          fallbackFocus={heading}
        >
          {t('publishing.unpublishQuestion', { label: removing.versionLabel })}
        </ConfirmDialog>
      )}
    </section>
  );
}

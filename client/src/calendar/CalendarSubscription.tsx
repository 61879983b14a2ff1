import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowButton } from '../components/DataTable';
import { FeedbackRegion } from '../components/FeedbackRegion';
import { useFeedback } from '../components/useFeedback';
import { useLoad } from '../components/useLoad';
import { formatDateTime } from '../i18n/dateTime';
import { createLink, icsHref, listLinks, revokeLink } from './api';

/** The calendar file, and private subscription links for Outlook and Google Calendar: shown once when made, removable. */
export function CalendarSubscription({ groupId, onSessionLost }: { groupId: string; onSessionLost: () => void }) {
  const { t, i18n } = useTranslation();
  const fetchLinks = useCallback(() => listLinks(groupId), [groupId]);
  const { load, reload } = useLoad(fetchLinks, onSessionLost);
  const { feedback, run, announce } = useFeedback(onSessionLost);
  const [created, setCreated] = useState<string | null>(null);
  const headingId = useId();
  const linkId = useId();

  const create = async () => {
    const link = await run(() => createLink(groupId), { done: t('annualClock.linkCreated') });
    if (link?.value.url) {
      setCreated(link.value.url);
      await reload();
    }
  };
  const revoke = async (id: string) => {
    if (await run(() => revokeLink(groupId, id))) {
      setCreated(null);
      await reload();
      announce(t('annualClock.linkRevoked'));
    }
  };

  return (
    <div className="annual-clock__subscribe">
      <h3 id={headingId}>{t('annualClock.subscribeHeading')}</h3>
      <p>{t('annualClock.subscribeIntro')}</p>
      <p className="page-meta">
        <a className="button button--small" href={icsHref(groupId)} download>
          {t('annualClock.download')}
        </a>
        <button type="button" className="button button--small" onClick={() => void create()}>
          {t('annualClock.createLink')}
        </button>
      </p>
      <FeedbackRegion feedback={feedback} />
      {created && (
        <div className="form__field">
          <label htmlFor={linkId}>{t('annualClock.linkLabel')}</label>
          <input id={linkId} type="text" readOnly value={created} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {load.kind === 'loaded' && load.data.length > 0 && (
        <>
          <h4>{t('annualClock.links')}</h4>
          <ul>
            {load.data.map((link) => {
              const date = formatDateTime(link.createdAt, i18n.language);
              return (
                <li key={link.id}>
                  {t('annualClock.linkItem', { date })}{' '}
                  <RowButton label={t('annualClock.revokeLinkLabel', { date })} onClick={() => void revoke(link.id)}>
                    {t('annualClock.revokeLink')}
                  </RowButton>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { useFollow } from './useFollow';

interface Props {
  follow: ReturnType<typeof useFollow>;
  canPresent: boolean;
}

/** Presenting, following and who is here: the controls are marked so that using them does not count as one's own input. */
export function FollowBar({ follow, canPresent }: Props) {
  const { t } = useTranslation();
  const { participants, presenter, presenting, following } = follow;
  return (
    <section className="meeting-follow" aria-labelledby="meeting-follow-heading" data-follow-control>
      <h2 id="meeting-follow-heading">{t('meetings.presence')}</h2>
      <p role="status" data-follow-status={presenting ? 'presenting' : following ? 'following' : presenter ? 'paused' : 'none'}>
        {presenting
          ? t('meetings.youPresent')
          : presenter
            ? following
              ? t('meetings.following', { name: presenter.name })
              : t('meetings.notFollowing', { name: presenter.name })
            : t('meetings.nobodyPresents')}
      </p>
      <div className="meeting-follow__buttons">
        {canPresent && !presenting && (
          <button type="button" className="button" onClick={follow.startPresenting}>
            {t('meetings.present')}
          </button>
        )}
        {presenting && (
          <button type="button" className="button" onClick={follow.stopPresenting}>
            {t('meetings.stopPresenting')}
          </button>
        )}
        {presenter && !following && (
          <button type="button" className="button button--primary" onClick={follow.follow}>
            {t('meetings.followPresenter')}
          </button>
        )}
      </div>
      <ul className="meeting-follow__people">
        {participants.map((p) => (
          <li key={p.clientId}>
            <span className="meeting-follow__dot" style={{ background: p.color }} aria-hidden="true" />
            {p.name}
            {p.isSelf ? ` (${t('meetings.you')})` : ''}
            {p.meeting.presenting ? ` – ${t('meetings.presents')}` : p.meeting.following ? ` – ${t('meetings.follows')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

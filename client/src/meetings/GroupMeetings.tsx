import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../../shared/api/plans';
import { useLoad } from '../components/useLoad';
import { navigate } from '../routing/navigation';
import { Link } from '../routing/Link';
import { meetingHref } from '../routing/route';
import { createMeeting, listMeetings } from './api';

interface Props {
  groupId: string;
  plans: PlanSummary[];
  canManage: boolean;
  onSessionLost: () => void;
}

/** The group's meetings, and for the chair and the secretary "Uusi kokous". */
export function GroupMeetings({ groupId, plans, canManage, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchMeetings = useCallback(() => listMeetings(groupId), [groupId]);
  const { load } = useLoad(fetchMeetings, onSessionLost);
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    try {
      const meeting = await createMeeting(groupId, { title, startsAt: new Date(startsAt).toISOString(), planId });
      navigate(meetingHref(meeting.id));
    } catch {
      setError(t('meetings.createFailed'));
    }
  };

  return (
    <section aria-labelledby="group-meetings-heading" className="page-section">
      <h2 id="group-meetings-heading">{t('meetings.heading')}</h2>
      {load.kind === 'loaded' && load.data.length === 0 && <p>{t('meetings.none')}</p>}
      {load.kind === 'loaded' && load.data.length > 0 && (
        <ul>
          {load.data.map((meeting) => (
            <li key={meeting.id}>
              <Link href={meetingHref(meeting.id)}>{meeting.title}</Link> – {new Date(meeting.startsAt).toLocaleString()} ({t(`meetings.states.${meeting.state}`)})
            </li>
          ))}
        </ul>
      )}
      {canManage && plans.length > 0 && (
        <form
          className="form form--inline"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h3>{t('meetings.new')}</h3>
          <label htmlFor="new-meeting-title">{t('meetings.title')}</label>
          <input id="new-meeting-title" required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="new-meeting-starts">{t('meetings.startsAt')}</label>
          <input id="new-meeting-starts" type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.target.value)} />
          <label htmlFor="new-meeting-plan">{t('meetings.plan')}</label>
          <select id="new-meeting-plan" value={planId} onChange={(e) => setPlanId(e.target.value)}>
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.title}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--primary">
            {t('meetings.create')}
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      )}
    </section>
  );
}

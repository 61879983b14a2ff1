import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getGroup, type Member } from '../api/groups';
import { getPlan, type OpenPlan } from '../api/plans';
import type { SessionUser } from '../api/session';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../components/useLoad';
import { PlanWorkspace } from '../pages/PlanWorkspace';
import { Link } from '../routing/Link';
import { groupHref } from '../routing/route';
import { AgendaPanel } from './AgendaPanel';
import { approveMeeting, getMeeting, minutesHref, setMeetingState, type MeetingDetail } from './api';
import { AttendancePanel } from './AttendancePanel';
import { FollowBar } from './FollowBar';
import { useFollow } from './useFollow';
import { useMeetingProvider, type MeetingConnection } from './useMeetingProvider';
import './meetings.css';

interface Props {
  meetingId: string;
  user: SessionUser;
  onSessionLost: () => void;
}

interface Loaded {
  meeting: MeetingDetail;
  plan: OpenPlan;
  members: Member[];
}

/** A meeting: the agenda with notes and decisions, attendance, presenting and following, and the plan beside it. */
export function MeetingPage({ meetingId, user, onSessionLost }: Props) {
  const { t } = useTranslation();
  const fetchAll = useCallback(async (): Promise<Loaded> => {
    const meeting = await getMeeting(meetingId);
    const [plan, group] = await Promise.all([getPlan(meeting.planId), getGroup(meeting.groupId)]);
    return { meeting, plan, members: group.members };
  }, [meetingId]);
  const { load, reload } = useLoad(fetchAll, onSessionLost);
  const connection = useMeetingProvider(meetingId, { id: user.id, name: user.name, color: user.color }, onSessionLost);

  if (load.kind === 'loading') return <p>{t('app.loading')}</p>;
  if (load.kind === 'failed') return <PageTitle>{load.status === 404 ? t('meetings.notFound') : t('meetings.loadFailed')}</PageTitle>;
  const { meeting, plan, members } = load.data;
  return (
    <div className="meeting-page">
      <PageTitle>{meeting.title}</PageTitle>
      <p className="page-meta">
        <Link href={groupHref(meeting.groupId)}>{t('meetings.backToGroup')}</Link>{' · '}
        {new Date(meeting.startsAt).toLocaleString()}
        {meeting.data.meta.place ? ` · ${meeting.data.meta.place}` : ''} · <span data-meeting-state={meeting.state}>{t(`meetings.states.${meeting.state}`)}</span>
      </p>
      <MeetingControls meeting={meeting} onChanged={reload} />
      <div className="meeting-layout">
        <div className="meeting-side">{connection && <MeetingSide connection={connection} members={members} />}</div>
        <section className="meeting-plan" aria-label={t('meetings.planBeside', { title: plan.title })}>
          <PlanWorkspace plan={plan} user={user} onSocketRefused={onSessionLost} />
        </section>
      </div>
    </div>
  );
}

function MeetingSide({ connection, members }: { connection: MeetingConnection; members: Member[] }) {
  const { data, doc, provider, readOnly } = connection;
  const [selected, setSelected] = useState<string | null>(null);
  const select = useCallback((itemId: string) => setSelected(itemId), []);
  useEffect(() => {
    if (selected === null && data.agenda[0]) setSelected(data.agenda[0].id);
  }, [selected, data.agenda]);
  const follow = useFollow(provider, data.agenda, selected, select);
  return (
    <>
      <FollowBar follow={follow} canPresent={!readOnly} />
      <AgendaPanel doc={doc} agenda={data.agenda} selected={selected} onSelect={select} readOnly={readOnly} />
      <AttendancePanel doc={doc} members={members} attendance={data.attendance} readOnly={readOnly} />
    </>
  );
}

function MeetingControls({ meeting, onChanged }: { meeting: MeetingDetail; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = (work: () => Promise<unknown>) => async () => {
    setBusy(true);
    try {
      await work();
      await onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="meeting-controls">
      {meeting.canManage && meeting.state !== 'approved' && (
        <>
          {meeting.state !== 'open' && (
            <button type="button" className="button button--primary" disabled={busy} onClick={run(() => setMeetingState(meeting.id, 'open'))}>
              {t('meetings.open')}
            </button>
          )}
          {meeting.state === 'open' && (
            <button type="button" className="button" disabled={busy} onClick={run(() => setMeetingState(meeting.id, 'closed'))}>
              {t('meetings.close')}
            </button>
          )}
          <button type="button" className="button" disabled={busy} onClick={run(() => approveMeeting(meeting.id))}>
            {t('meetings.approve')}
          </button>
        </>
      )}
      <span className="meeting-controls__minutes">
        {t('meetings.minutes')}: <a href={minutesHref(meeting.id, 'html')}>HTML</a> · <a href={minutesHref(meeting.id, 'docx')}>Word</a> ·{' '}
        <a href={minutesHref(meeting.id, 'pdf')}>PDF</a>
      </span>
    </div>
  );
}

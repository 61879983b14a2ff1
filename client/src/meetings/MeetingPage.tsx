import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getGroup, type Member } from '../api/groups';
import { getPlan, type OpenPlan } from '../api/plans';
import type { SessionUser } from '../api/session';
import type { PlanConnection } from '../collab/usePlanProvider';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../components/useLoad';
import type * as Y from 'yjs';
import { PlanWorkspace } from '../pages/PlanWorkspace';
import { Link } from '../routing/Link';
import { groupHref } from '../routing/route';
import { AgendaComments } from './AgendaComments';
import { AgendaPanel } from './AgendaPanel';
import { approveMeeting, getMeeting, minutesHref, setMeetingState, type MeetingDetail } from './api';
import { AttendancePanel } from './AttendancePanel';
import { FollowBar } from './FollowBar';
import { GuestsPanel } from './GuestsPanel';
import { useMeetingClaim } from './useMeetingClaim';
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
  const [planConnection, setPlanConnection] = useState<PlanConnection | null>(null);
  // The meeting document says at once when the chair opens or closes it; until it is synced, the page's copy does.
  const open = (connection?.data.meta.state ?? (load.kind === 'loaded' ? load.data.meeting.state : null)) === 'open';
  const claim = useMeetingClaim(planConnection?.provider ?? null, meetingId, open);

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
      <p className="meeting-claim" role="status">
        {claim === 'in' && t('meetings.inMeeting')}
      </p>
      <div className="meeting-layout">
        <div className="meeting-side">
          {connection && (
            <MeetingSide
              connection={connection}
              members={members}
              meeting={meeting}
              userId={user.id}
              discussion={planConnection?.discussion.document ?? null}
            />
          )}
        </div>
        <section className="meeting-plan" aria-label={t('meetings.planBeside', { title: plan.title })}>
          <PlanWorkspace plan={plan} user={user} onSocketRefused={onSessionLost} onConnection={setPlanConnection} />
        </section>
      </div>
    </div>
  );
}

interface SideProps {
  connection: MeetingConnection;
  members: Member[];
  meeting: MeetingDetail;
  /** The signed-in user, whose own comments may be edited. */
  userId: string;
  /** The plan's discussion document, once the plan is connected. */
  discussion: Y.Doc | null;
}

function MeetingSide({ connection, members, meeting, userId, discussion }: SideProps) {
  const { data, doc, provider, readOnly } = connection;
  const mentionable = useMemo(() => members.map((m) => ({ userId: m.userId, name: m.name })), [members]);
  const [selected, setSelected] = useState<string | null>(null);
  const select = useCallback((itemId: string) => setSelected(itemId), []);
  useEffect(() => {
    if (selected === null && data.agenda[0]) setSelected(data.agenda[0].id);
  }, [selected, data.agenda]);
  const follow = useFollow(provider, data.agenda, selected, select);
  const open = data.agenda.find((item) => item.id === selected);
  return (
    <>
      <FollowBar follow={follow} canPresent={!readOnly} />
      <AgendaPanel doc={doc} agenda={data.agenda} selected={selected} onSelect={select} readOnly={readOnly} />
      {open && discussion && (
        <AgendaComments
          planId={meeting.planId}
          meetingId={meeting.id}
          itemId={open.id}
          title={`§ ${data.agenda.indexOf(open) + 1} ${open.title}`}
          discussion={discussion}
          userId={userId}
          canComment={meeting.canComment}
          members={mentionable}
        />
      )}
      <AttendancePanel doc={doc} members={members} attendance={data.attendance} readOnly={readOnly} />
      <GuestsPanel doc={doc} guests={data.guests} readOnly={readOnly} />
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

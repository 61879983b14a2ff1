import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { ATTENDANCE_STATES, setAttendance, type Attendance, type AttendanceState } from '../../../shared/meeting';
import type { Member } from '../api/groups';

interface Props {
  doc: Y.Doc;
  members: Member[];
  attendance: Attendance[];
  readOnly: boolean;
}

/** Who is present: one choice per member; a deputy (varajäsen) also says whom they stand in for. */
export function AttendancePanel({ doc, members, attendance, readOnly }: Props) {
  const { t } = useTranslation();
  const marks = new Map(attendance.map((a) => [a.userId, a]));
  return (
    <section className="meeting-attendance" aria-labelledby="meeting-attendance-heading">
      <h2 id="meeting-attendance-heading">{t('meetings.attendance')}</h2>
      <ul>
        {members.map((member) => (
          <MemberAttendance key={member.userId} doc={doc} member={member} others={members.filter((m) => m.userId !== member.userId)} mark={marks.get(member.userId)} readOnly={readOnly} />
        ))}
      </ul>
    </section>
  );
}

interface MemberProps {
  doc: Y.Doc;
  member: Member;
  others: Member[];
  mark: Attendance | undefined;
  readOnly: boolean;
}

function MemberAttendance({ doc, member, others, mark, readOnly }: MemberProps) {
  const { t } = useTranslation();
  const stateId = useId();
  const forId = useId();
  // Each mark is written whole: changing the state keeps whom a deputy stands in for only while they stay a deputy.
  const choose = (state: AttendanceState) => setAttendance(doc, member.userId, state, state === 'deputy' ? (mark?.deputyFor ?? null) : null);
  return (
    <li className="meeting-attendance__member">
      <label htmlFor={stateId}>{member.name}</label>
      <select id={stateId} value={mark?.state ?? ''} disabled={readOnly} data-attendance-of={member.userId} onChange={(event) => choose(event.target.value as AttendanceState)}>
        <option value="" disabled>
          {t('meetings.attendanceUnknown')}
        </option>
        {ATTENDANCE_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`meetings.attendanceStates.${state}`)}
          </option>
        ))}
      </select>
      {mark?.state === 'deputy' && (
        <span className="meeting-attendance__deputy">
          <label htmlFor={forId}>{t('meetings.deputyFor', { name: member.name })}</label>
          <select
            id={forId}
            value={mark.deputyFor ?? ''}
            disabled={readOnly}
            data-deputy-for-of={member.userId}
            onChange={(event) => setAttendance(doc, member.userId, 'deputy', event.target.value || null)}
          >
            <option value="">{t('meetings.deputyForNone')}</option>
            {others.map((other) => (
              <option key={other.userId} value={other.userId}>
                {other.name}
              </option>
            ))}
          </select>
        </span>
      )}
    </li>
  );
}

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

/** Who is present: one choice per member; a deputy says for whom. */
export function AttendancePanel({ doc, members, attendance, readOnly }: Props) {
  const { t } = useTranslation();
  const marks = new Map(attendance.map((a) => [a.userId, a]));
  return (
    <section className="meeting-attendance" aria-labelledby="meeting-attendance-heading">
      <h2 id="meeting-attendance-heading">{t('meetings.attendance')}</h2>
      <ul>
        {members.map((member) => {
          const mark = marks.get(member.userId);
          return (
            <li key={member.userId}>
              <label>
                <span>{member.name}</span>{' '}
                <select
                  value={mark?.state ?? ''}
                  disabled={readOnly}
                  onChange={(event) => setAttendance(doc, member.userId, event.target.value as AttendanceState, null)}
                >
                  <option value="" disabled>
                    {t('meetings.attendanceUnknown')}
                  </option>
                  {ATTENDANCE_STATES.map((state) => (
                    <option key={state} value={state}>
                      {t(`meetings.attendanceStates.${state}`)}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import type { MeetingRecord, MeetingRepository } from './meetingRepository';

/** How meetings sit in `app.json`: the approved state as base64 (a meeting document is a few KB). */
export interface StoredMeeting extends MeetingRecord {
  approvedStateBase64?: string;
}

const copy = <T>(value: T): T => structuredClone(value);
const record = ({ approvedStateBase64: _state, ...meeting }: StoredMeeting): MeetingRecord => copy(meeting);

/** The meeting index inside the embedded `app.json` (lowdbAppStore), written like its other lists. */
export function lowdbMeetings(data: { meetings: StoredMeeting[] }, write: () => Promise<void>): MeetingRepository {
  const find = (id: string) => data.meetings.find((m) => m.id === id);
  return {
    findById: async (id) => {
      const found = find(id);
      return found && record(found);
    },
    ofGroup: async (groupId) => data.meetings.filter((m) => m.groupId === groupId).map(record),
    openOfPlan: async (planId) => data.meetings.filter((m) => m.planId === planId && m.state === 'open').map(record),
    create: async (meeting) => {
      data.meetings.push(copy(meeting));
      await write();
    },
    update: async (id, changes) => {
      const index = data.meetings.findIndex((m) => m.id === id);
      if (index < 0) return;
      const given = Object.fromEntries(Object.entries(copy(changes)).filter(([, value]) => value !== undefined));
      data.meetings[index] = { ...data.meetings[index]!, ...given };
      await write();
    },
    approve: async (id, { approvedAt, approvedBy, state }) => {
      const index = data.meetings.findIndex((m) => m.id === id);
      const meeting = data.meetings[index];
      if (!meeting || meeting.approvedAt !== null) return false;
      data.meetings[index] = { ...meeting, state: 'approved', approvedAt, approvedBy: copy(approvedBy), approvedStateBase64: Buffer.from(state).toString('base64') };
      await write();
      return true;
    },
    approvedState: async (id) => {
      const stored = find(id)?.approvedStateBase64;
      return stored === undefined ? undefined : new Uint8Array(Buffer.from(stored, 'base64'));
    },
  };
}

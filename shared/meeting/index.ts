export * from './types';
export {
  MAX_GUEST_TEXT,
  MAX_MEETING_TEXT,
  MeetingDocError,
  addAgendaItem,
  agendaItemText,
  moveAgendaItem,
  observeMeeting,
  putGuest,
  readAgenda,
  readMeeting,
  removeAgendaItem,
  removeGuest,
  setAgendaItemText,
  setAttendance,
  setMeetingMeta,
  type AgendaTextField,
  type NewAgendaItem,
} from './doc';
export {
  meetingClaimAnswerPayload,
  meetingClaimPayload,
  parseMeetingClaim,
  parseMeetingClaimAnswer,
  type MeetingClaim,
  type MeetingClaimAnswer,
} from './claim';

export * from './types';
export {
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

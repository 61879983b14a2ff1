/** The meeting document's vocabularies and its JSON shape (`readMeeting`, the minutes). */
export const MEETING_STATES = ['planned', 'open', 'closed', 'approved'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** Present, absent, or a deputy (varajäsen) present in place of `deputyFor`. */
export const ATTENDANCE_STATES = ['present', 'absent', 'deputy'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

/** What an agenda item is about: a part of the plan (`targetId`) or a free item. */
export const AGENDA_KINDS = ['focusArea', 'goal', 'measure', 'textSection', 'free'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export interface MeetingMeta {
  title: string;
  /** ISO 8601. */
  startsAt: string;
  place: string;
  videoLink: string;
  planId: string;
  state: MeetingState;
}

export interface Attendance {
  userId: string;
  state: AttendanceState;
  /** The member a deputy stands in for; null otherwise. */
  deputyFor: string | null;
}

export interface Guest {
  id: string;
  name: string;
  /** Organisation or role, e.g. "THL, asiantuntija". */
  note: string;
}

export interface AgendaItem {
  id: string;
  kind: AgendaKind;
  /** The focus area, goal, measure or text section; null for a free item. */
  targetId: string | null;
  title: string;
  order: string;
  notes: string;
  /** Päätös. */
  decision: string;
}

export interface MeetingData {
  meta: MeetingMeta;
  attendance: Attendance[];
  guests: Guest[];
  /** In display order. */
  agenda: AgendaItem[];
}

export const isMeetingState = (value: unknown): value is MeetingState =>
  typeof value === 'string' && (MEETING_STATES as readonly string[]).includes(value);
export const isAttendanceState = (value: unknown): value is AttendanceState =>
  typeof value === 'string' && (ATTENDANCE_STATES as readonly string[]).includes(value);
export const isAgendaKind = (value: unknown): value is AgendaKind =>
  typeof value === 'string' && (AGENDA_KINDS as readonly string[]).includes(value);

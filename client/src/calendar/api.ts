import type { AnnualClock, CalendarLink, ClockEvent, NewClockEvent } from '../../../shared/api/calendar';
import { api } from '../api/http';

export type { AnnualClock, CalendarLink, ClockEvent, ClockOccurrence, NewClockEvent } from '../../../shared/api/calendar';
export { CLOCK_EVENT_KINDS, RECURRENCES } from '../../../shared/api/calendar';

const groupPath = (groupId: string) => `/groups/${encodeURIComponent(groupId)}`;

export const getClock = (groupId: string, year: number) => api<AnnualClock>(`${groupPath(groupId)}/clock?year=${year}`);
export const addEvent = (groupId: string, event: NewClockEvent) => api<ClockEvent>(`${groupPath(groupId)}/clock`, { method: 'POST', body: event });
export const changeEvent = (groupId: string, eventId: string, event: Partial<NewClockEvent>) =>
  api<ClockEvent>(`${groupPath(groupId)}/clock/${encodeURIComponent(eventId)}`, { method: 'PATCH', body: event });
export const removeEvent = (groupId: string, eventId: string) => api<void>(`${groupPath(groupId)}/clock/${encodeURIComponent(eventId)}`, { method: 'DELETE' });

export const listLinks = (groupId: string) => api<CalendarLink[]>(`${groupPath(groupId)}/calendar-links`);
export const createLink = (groupId: string) => api<CalendarLink>(`${groupPath(groupId)}/calendar-links`, { method: 'POST' });
export const revokeLink = (groupId: string, linkId: string) => api<void>(`${groupPath(groupId)}/calendar-links/${encodeURIComponent(linkId)}`, { method: 'DELETE' });

/** The group's calendar file with the session (a download link). */
export const icsHref = (groupId: string) => `/api${groupPath(groupId)}/calendar.ics`;

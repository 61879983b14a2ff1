import type { CommentCreated } from '../../../shared/api/comments';
import type { AgendaCommentInput, MeetingDetail, MeetingSummary, NewMeeting } from '../../../shared/api/meetings';
import { api } from '../api/http';

export type { MeetingDetail, MeetingSummary, NewMeeting };

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export const listMeetings = (groupId: string) => api<MeetingSummary[]>(`/groups/${encodeURIComponent(groupId)}/meetings`);
export const createMeeting = (groupId: string, meeting: NewMeeting) =>
  api<MeetingSummary>(`/groups/${encodeURIComponent(groupId)}/meetings`, { method: 'POST', body: meeting });
export const getMeeting = (id: string) => api<MeetingDetail>(meetingPath(id));
export const setMeetingState = (id: string, state: 'open' | 'closed') => api<MeetingSummary>(`${meetingPath(id)}/state`, { method: 'POST', body: { state } });
export const approveMeeting = (id: string) => api<MeetingSummary>(`${meetingPath(id)}/approve`, { method: 'POST', body: {} });
/** The minutes' address: HTML opens in the browser, DOCX and PDF download. */
export const minutesHref = (id: string, format: 'html' | 'docx' | 'pdf', itemId?: string) =>
  `/api${meetingPath(id)}/minutes?format=${format}${itemId ? `&item=${encodeURIComponent(itemId)}` : ''}`;
/** A new thread on an agenda item (replies go to the plan's comments as for any thread). */
export const commentOnItem = (meetingId: string, itemId: string, text: string, mentions: string[]) =>
  api<CommentCreated>(`${meetingPath(meetingId)}/items/${encodeURIComponent(itemId)}/comments`, { method: 'POST', body: { text, mentions } satisfies AgendaCommentInput });

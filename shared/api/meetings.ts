/** `/api/groups/:id/meetings` and `/api/meetings`: a steering group's meetings, their state and minutes. */
import { z } from 'zod';
import type { MeetingData, MeetingState } from '../meeting';
import type { PersonRef } from '../people';
import { commentIdSchema } from './comments';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');
const shortText = z.string().trim().max(300);

/** `POST /api/groups/:id/meetings`: `agenda` pre-fills one item per focus area (default) or per focus area and measure. */
export const newMeetingSchema = z.object({
  title: shortText.min(1, 'title must not be empty'),
  startsAt: z.iso.datetime({ offset: true, error: 'startsAt must be an ISO 8601 date and time' }),
  planId: id,
  place: shortText.default(''),
  videoLink: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: 'videoLink must be an http(s) address' }).max(2000)]).default(''),
  agenda: z.enum(['focusAreas', 'measures', 'none']).default('focusAreas'),
});
export type NewMeeting = z.input<typeof newMeetingSchema>;

/** `POST /api/meetings/:id/state`: the chair opens and closes the meeting; approving is `POST …/approve`. */
export const meetingStateSchema = z.object({ state: z.enum(['open', 'closed']) });

/** `GET /api/meetings/:id/minutes?format=docx|pdf|html[&item=<agendaItemId>]`: `item` makes the extract (pöytäkirjanote) of one item. */
export const minutesQuerySchema = z.object({ format: z.enum(['docx', 'pdf', 'html']).default('html'), item: id.optional() });
export type MinutesFormat = z.infer<typeof minutesQuerySchema>['format'];

/**
 * `POST /api/meetings/:id/items/:itemId/comments`: a new thread on an agenda item, in the plan's
 * discussion (replies, edits and resolving go through `/api/plans/:id/comments` as for any thread).
 * The same bounds as a comment there.
 */
export const agendaCommentSchema = z.object({
  text: z.string().trim().min(1, 'text must not be empty').max(5000),
  mentions: z.array(commentIdSchema).max(50).default([]),
});
export type AgendaCommentInput = z.infer<typeof agendaCommentSchema>;

/** A meeting as lists show it and `POST` answers it. */
export interface MeetingSummary {
  id: string;
  groupId: string;
  planId: string;
  title: string;
  startsAt: string;
  state: MeetingState;
  createdAt: string;
  openedAt: string | null;
  closedAt: string | null;
  approvedAt: string | null;
  approvedBy: PersonRef | null;
}

/** `GET /api/meetings/:id`: the meeting with its document's content and what this user may do. */
export interface MeetingDetail extends MeetingSummary {
  /** Whether this user's connection to `meeting:<id>` writes (chair, secretary, member). */
  canWrite: boolean;
  /** Open, close and approve: the chair and the secretary. */
  canManage: boolean;
  /** Comment on agenda items: every role but the viewer. */
  canComment: boolean;
  data: MeetingData;
}

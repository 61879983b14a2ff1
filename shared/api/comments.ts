/** `/api/plans/:id/comments`: threads on measures and on passages of the plan text. */
import { z } from 'zod';
import type { Thread } from '../discussion/types';

const text = z.string().trim().min(1, 'text must not be empty').max(5000);
/** A thread's, message's, measure's or user's id in a path or a body. */
export const commentIdSchema = z.string().min(1).max(100);
const mentions = z.array(commentIdSchema).max(50).default([]);
const anchor = z.object({ start: z.string().min(1).max(500), end: z.string().min(1).max(500) });

/**
 * `POST /api/plans/:id/comments`: a new thread on a measure or a passage, or
 * a reply. Fields such as a claimed `author` are dropped: the server sets
 * author and time itself.
 */
export const newCommentSchema = z.union(
  [
    z.object({ measureId: commentIdSchema, text, mentions }),
    z.object({ anchor, quote: z.string().max(2000).default(''), text, mentions }),
    z.object({ threadId: commentIdSchema, text, mentions }),
  ],
  { error: 'give measureId, anchor or threadId, and text' },
);
export type NewComment = z.infer<typeof newCommentSchema>;

/** `GET /api/plans/:id/comments[?resolved=true|false][&measureId=…]`. */
export const commentListQuerySchema = z.object({
  resolved: z.enum(['true', 'false']).optional(),
  measureId: commentIdSchema.optional(),
});

/** `PATCH /api/plans/:id/comments/:threadId`. */
export const resolutionSchema = z.object({ resolved: z.boolean() });
/** `PATCH /api/plans/:id/comments/:threadId/messages/:messageId`. */
export const messageEditSchema = z.object({ text });
/** `POST /api/plans/:id/comments/:threadId/read`: the server sets the time itself, so a body may be empty and carries nothing else. */
export const markReadSchema = z.object({}).strict().optional();

/** `POST /api/plans/:id/comments` answers the thread's id and the new message's. */
export interface CommentCreated {
  threadId: string;
  id: string;
}

/** A thread as `GET /api/plans/:id/comments` lists it; `PATCH` answers a `Thread`. */
export interface ThreadForUser extends Thread {
  /** A message by someone else arrived since this user last read the thread. */
  unread: boolean;
}

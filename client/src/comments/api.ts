import type { CommentCreated, ThreadForUser } from '../../../shared/api/comments';
import type { TextAnchor, Thread } from '../../../shared/discussion';
import { api } from '../api/http';

export type { ThreadForUser };

/** What a new thread is about: a measure of the table, or a passage of the plan text. */
export type CommentTarget = { kind: 'measure'; measureId: string } | { kind: 'text'; anchor: TextAnchor; quote: string };

const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;
const comments = (planId: string) => `${plan(planId)}/comments`;
const thread = (planId: string, threadId: string) => `${comments(planId)}/${encodeURIComponent(threadId)}`;
const message = (planId: string, threadId: string, messageId: string) =>
  `${thread(planId, threadId)}/messages/${encodeURIComponent(messageId)}`;

export function listThreads(planId: string): Promise<ThreadForUser[]> {
  return api<ThreadForUser[]>(comments(planId));
}

export function startThread(planId: string, target: CommentTarget, text: string, mentions: string[]) {
  const about = target.kind === 'measure' ? { measureId: target.measureId } : { anchor: target.anchor, quote: target.quote };
  return api<CommentCreated>(comments(planId), { method: 'POST', body: { ...about, text, mentions } });
}

export function reply(planId: string, threadId: string, text: string, mentions: string[]) {
  return api<CommentCreated>(comments(planId), { method: 'POST', body: { threadId, text, mentions } });
}

export function setResolved(planId: string, threadId: string, resolved: boolean): Promise<Thread> {
  return api<Thread>(thread(planId, threadId), { method: 'PATCH', body: { resolved } });
}

export function editMessage(planId: string, threadId: string, messageId: string, text: string): Promise<void> {
  return api<void>(message(planId, threadId, messageId), { method: 'PATCH', body: { text } });
}

export function deleteMessage(planId: string, threadId: string, messageId: string): Promise<void> {
  return api<void>(message(planId, threadId, messageId), { method: 'DELETE' });
}

export function markRead(planId: string, threadId: string): Promise<void> {
  return api<void>(`${thread(planId, threadId)}/read`, { method: 'POST' });
}

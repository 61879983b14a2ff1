import type { Thread } from '../../../shared/discussion';
import type { ThreadForUser } from './api';

/** The messages this user has seen, by thread id. */
export type SeenMessages = ReadonlyMap<string, ReadonlySet<string>>;

const idsOf = (thread: Thread) => new Set(thread.messages.map((message) => message.id));

/**
 * Where reading starts when the plan opens: the server knows which threads
 * this user has read (`unread` is false), so all their messages count as
 * seen; in a thread the server calls unread, none do.
 */
export function seenFromServer(threads: readonly ThreadForUser[]): Map<string, ReadonlySet<string>> {
  return new Map(threads.filter((thread) => !thread.unread).map((thread) => [thread.threadId, idsOf(thread)]));
}

/** A thread's current messages are seen: it was opened here. */
export function withSeen(seen: SeenMessages, thread: Thread): Map<string, ReadonlySet<string>> {
  return new Map(seen).set(thread.threadId, idsOf(thread));
}

/**
 * Unread: someone else wrote a message (still there) that this user has not
 * seen; a message arriving live in a thread read earlier makes it unread again.
 */
export function isUnread(thread: Thread, seen: SeenMessages, userId: string): boolean {
  const known = seen.get(thread.threadId);
  return thread.messages.some((message) => !message.deleted && message.author.id !== userId && !known?.has(message.id));
}

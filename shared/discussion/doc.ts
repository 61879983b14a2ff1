import * as Y from 'yjs';
import type { Message, TextAnchor, Thread } from './types';

/**
 * The discussion document `plan:<id>:discussion`: a Y.Map `threads` of
 * thread id → thread (plain JSON). Only the server writes it (it sets
 * authors and times itself); clients open it read-only and see every
 * change live.
 */
export const THREADS_KEY = 'threads';

const threadsOf = (doc: Y.Doc) => doc.getMap<unknown>(THREADS_KEY);

/** Every well-formed thread, oldest first; anything malformed is skipped, never thrown. */
export function readThreads(doc: Y.Doc): Thread[] {
  const threads: Thread[] = [];
  threadsOf(doc).forEach((value) => {
    if (isThread(value)) threads.push(value);
  });
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.threadId.localeCompare(b.threadId));
}

export function readThread(doc: Y.Doc, threadId: string): Thread | undefined {
  const value = threadsOf(doc).get(threadId);
  return isThread(value) ? value : undefined;
}

export function writeThread(doc: Y.Doc, thread: Thread): void {
  threadsOf(doc).set(thread.threadId, thread);
}

export function deleteThread(doc: Y.Doc, threadId: string): void {
  threadsOf(doc).delete(threadId);
}

export function newThread(input: {
  threadId: string;
  measureId: string | null;
  anchor: TextAnchor | null;
  quote: string;
  message: Message;
}): Thread {
  return {
    threadId: input.threadId,
    measureId: input.measureId,
    anchor: input.anchor,
    quote: input.quote,
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: input.message.createdAt,
    messages: [input.message],
  };
}

function isThread(value: unknown): value is Thread {
  if (typeof value !== 'object' || value === null) return false;
  const thread = value as Partial<Thread>;
  return (
    typeof thread.threadId === 'string' &&
    typeof thread.createdAt === 'string' &&
    typeof thread.resolved === 'boolean' &&
    Array.isArray(thread.messages)
  );
}

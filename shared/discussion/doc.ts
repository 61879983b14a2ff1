import * as Y from 'yjs';
import { legacyMessages, legacyResolution, readMessage, readResolution, readThreadHead, type StoredMessage } from './entries';
import type { AgendaItemRef, Message, Resolution, TextAnchor, Thread } from './types';

/**
 * The discussion document `plan:<id>:discussion`. Only the server writes it
 * (it sets authors and times itself); clients open it read-only and see
 * every change live. Every value is written whole by one writer and never
 * shared, so that two server processes changing the same thread at once
 * both keep their change when Yjs merges them:
 *
 * - `threads`: thread id → what the thread is about (JSON, written once);
 * - `messages`: message id → the message with its `threadId` (JSON, written
 *   when posted and again only by its author's edit or deletion);
 * - `resolutions`: thread id → `{by, at}` while resolved, `null` once reopened.
 *
 * The first schema kept each thread as one JSON value in `threads`, with its
 * messages and resolution inside, rewritten on every reply (two processes
 * replying at once lost one). Such a thread still reads: its messages and
 * resolution are the starting point, which entries in `messages` (same id)
 * and `resolutions` override, so it needs no migration.
 */
const THREADS_KEY = 'threads';
const MESSAGES_KEY = 'messages';
const RESOLUTIONS_KEY = 'resolutions';

const threadsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(THREADS_KEY);
const messagesOf = (doc: Y.Doc) => doc.getMap<unknown>(MESSAGES_KEY);
const resolutionsOf = (doc: Y.Doc) => doc.getMap<unknown>(RESOLUTIONS_KEY);

/**
 * Every thread with a message left, oldest first, messages in the order they
 * were written; anything malformed is skipped, never thrown. A thread whose
 * messages are all deleted is gone (its entries stay, so that a reply written
 * meanwhile by another process brings it back rather than being lost).
 */
export function readThreads(doc: Y.Doc): Thread[] {
  const messagesByThread = new Map<string, Message[]>();
  messagesOf(doc).forEach((value) => {
    const stored = readMessage(value);
    if (!stored) return;
    const messages = messagesByThread.get(stored.threadId);
    if (messages) messages.push(stored.message);
    else messagesByThread.set(stored.threadId, [stored.message]);
  });
  const threads: Thread[] = [];
  threadsOf(doc).forEach((value, threadId) => {
    const thread = assemble(doc, threadId, value, messagesByThread.get(threadId) ?? []);
    if (thread) threads.push(thread);
  });
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.threadId.localeCompare(b.threadId));
}

export function readThread(doc: Y.Doc, threadId: string): Thread | undefined {
  const value = threadsOf(doc).get(threadId);
  if (value === undefined) return undefined;
  const messages: Message[] = [];
  messagesOf(doc).forEach((entry) => {
    const stored = readMessage(entry);
    if (stored?.threadId === threadId) messages.push(stored.message);
  });
  return assemble(doc, threadId, value, messages);
}

/** Opens a thread with its first message. */
export function addThread(
  doc: Y.Doc,
  input: { threadId: string; measureId: string | null; anchor: TextAnchor | null; agendaItem?: AgendaItemRef; quote: string; message: Message },
): void {
  doc.transact(() => {
    const { threadId, measureId, anchor, agendaItem, quote, message } = input;
    threadsOf(doc).set(threadId, { threadId, measureId, anchor, ...(agendaItem ? { agendaItem } : {}), quote, createdAt: message.createdAt });
    putMessage(doc, threadId, message);
  });
}

/** Adds a message to a thread, or replaces its earlier version (an edit or a deletion by its author). */
export function putMessage(doc: Y.Doc, threadId: string, message: Message): void {
  messagesOf(doc).set(message.id, { ...message, threadId } satisfies StoredMessage);
}

/** Resolves a thread (`{by, at}`) or reopens it (`null`). */
export function setResolution(doc: Y.Doc, threadId: string, resolution: Resolution | null): void {
  resolutionsOf(doc).set(threadId, resolution);
}

/** Calls `onChange` after every change to the threads; returns the function that stops it. */
export function observeDiscussion(doc: Y.Doc, onChange: () => void): () => void {
  const maps = new Set<unknown>([threadsOf(doc), messagesOf(doc), resolutionsOf(doc)]);
  // One call per transaction, however many of the maps it touched.
  const changed = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if ([...transaction.changed.keys()].some((type) => maps.has(type))) onChange();
  };
  doc.on('update', changed);
  return () => doc.off('update', changed);
}

function assemble(doc: Y.Doc, threadId: string, value: unknown, written: Message[]): Thread | undefined {
  const head = readThreadHead(value, threadId);
  if (!head) return undefined;
  const byId = new Map(legacyMessages(value).map((message) => [message.id, message]));
  for (const message of written) byId.set(message.id, message);
  const messages = [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  if (messages.every((message) => message.deleted)) return undefined;
  const resolutions = resolutionsOf(doc);
  const resolution = resolutions.has(threadId) ? readResolution(resolutions.get(threadId)) : legacyResolution(value);
  return {
    ...head,
    resolved: resolution !== null,
    resolvedBy: resolution?.by ?? null,
    resolvedAt: resolution?.at ?? null,
    messages,
  };
}

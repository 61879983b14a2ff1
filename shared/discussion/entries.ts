import type { PersonRef } from '../people';
import type { AgendaItemRef, Message, Resolution, TextAnchor, Thread } from './types';

/**
 * Checked reads of the discussion document's entries (see `doc.ts`). Only the
 * server writes them, but a reader never throws on a document it did not
 * write: whatever is malformed reads as absent.
 */

/** A message as the `messages` map keeps it. */
export type StoredMessage = Message & { threadId: string };

/** What a thread is about: the part of it written once, when it is opened. */
export type ThreadHead = Pick<Thread, 'threadId' | 'measureId' | 'anchor' | 'agendaItem' | 'quote' | 'createdAt'>;

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPerson = (value: unknown): value is PersonRef =>
  isObject(value) && typeof value.id === 'string' && typeof value.name === 'string';
const isAnchor = (value: unknown): value is TextAnchor => isObject(value) && typeof value.start === 'string' && typeof value.end === 'string';
const isAgendaItemRef = (value: unknown): value is AgendaItemRef => isObject(value) && typeof value.meetingId === 'string' && typeof value.itemId === 'string';

function toMessage(value: unknown): Message | undefined {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string' || typeof value.createdAt !== 'string') return undefined;
  if (!isPerson(value.author)) return undefined;
  return {
    id: value.id,
    author: { id: value.author.id, name: value.author.name },
    text: value.text,
    mentions: Array.isArray(value.mentions) ? value.mentions.filter((id): id is string => typeof id === 'string') : [],
    createdAt: value.createdAt,
    editedAt: typeof value.editedAt === 'string' ? value.editedAt : null,
    deleted: value.deleted === true,
  };
}

export function readMessage(value: unknown): { threadId: string; message: Message } | undefined {
  const message = toMessage(value);
  return message && isObject(value) && typeof value.threadId === 'string' ? { threadId: value.threadId, message } : undefined;
}

export function readThreadHead(value: unknown, threadId: string): ThreadHead | undefined {
  if (!isObject(value) || value.threadId !== threadId || typeof value.createdAt !== 'string') return undefined;
  return {
    threadId,
    measureId: typeof value.measureId === 'string' ? value.measureId : null,
    anchor: isAnchor(value.anchor) ? { start: value.anchor.start, end: value.anchor.end } : null,
    ...(isAgendaItemRef(value.agendaItem) ? { agendaItem: { meetingId: value.agendaItem.meetingId, itemId: value.agendaItem.itemId } } : {}),
    quote: typeof value.quote === 'string' ? value.quote : '',
    createdAt: value.createdAt,
  };
}

/** `{by, at}` while resolved; `null` (reopened) for anything else. */
export function readResolution(value: unknown): Resolution | null {
  return isObject(value) && isPerson(value.by) && typeof value.at === 'string' ? { by: { id: value.by.id, name: value.by.name }, at: value.at } : null;
}

/** The messages a thread of the first schema held inside its one value. */
export function legacyMessages(thread: unknown): Message[] {
  if (!isObject(thread) || !Array.isArray(thread.messages)) return [];
  return thread.messages.flatMap((value) => toMessage(value) ?? []);
}

/** The resolution a thread of the first schema held inside its one value. */
export function legacyResolution(thread: unknown): Resolution | null {
  if (!isObject(thread) || thread.resolved !== true) return null;
  return readResolution({ by: thread.resolvedBy, at: thread.resolvedAt });
}

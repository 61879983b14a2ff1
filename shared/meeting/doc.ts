/**
 * Typed access to the meeting document (Y.Doc `meeting:<meetingId>`):
 *
 * - `meta` (Y.Map): `title`, `startsAt`, `place`, `videoLink`, `planId`, `state` (strings)
 * - `attendance` (Y.Map userId → `{state, deputyFor}`), each value written whole by one hand
 * - `guests` (Y.Map id → `{name, note}`)
 * - `agenda` (Y.Map id → Y.Map): `kind`, `targetId`, `order` (strings; `order` a
 *   fractional index as in shared/plan/order.ts), `title`, `notes`, `decision` (Y.Text
 *   each, so that several people write the same decision at once)
 *
 * Writers validate and throw `MeetingDocError`; `readMeeting` never throws on
 * what a peer may have written.
 */
import * as Y from 'yjs';
import { isEntityId, newId } from '../plan/ids';
import { placeAt, sortOrdered, type Ordered } from '../plan/order';
import { readStringValue, readTextValue, replaceYText } from '../plan/text';
import {
  isAgendaKind,
  isAttendanceState,
  isMeetingState,
  type AgendaItem,
  type AgendaKind,
  type Attendance,
  type AttendanceState,
  type Guest,
  type MeetingData,
  type MeetingMeta,
} from './types';

export const MAX_MEETING_TEXT = 20_000;
/** A guest's name, and their organisation or role: a line each. */
export const MAX_GUEST_TEXT = 200;
const AGENDA_TEXT_FIELDS = ['title', 'notes', 'decision'] as const;
export type AgendaTextField = (typeof AGENDA_TEXT_FIELDS)[number];

export class MeetingDocError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeetingDocError';
  }
}

export const meetingMetaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const attendanceOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('attendance');
export const guestsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('guests');
export const agendaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('agenda');

function checkText(value: string, what: string): string {
  if (typeof value !== 'string' || value.length > MAX_MEETING_TEXT) throw new MeetingDocError(`${what} must be a string of at most ${MAX_MEETING_TEXT} characters`);
  return value;
}

/** Sets meta fields (those given). */
export function setMeetingMeta(doc: Y.Doc, changes: Partial<MeetingMeta>): void {
  if (changes.state !== undefined && !isMeetingState(changes.state)) throw new MeetingDocError(`unknown meeting state ${String(changes.state)}`);
  doc.transact(() => {
    const meta = meetingMetaOf(doc);
    for (const [key, value] of Object.entries(changes)) if (value !== undefined) meta.set(key, checkText(value, key));
  });
}

export function setAttendance(doc: Y.Doc, userId: string, state: AttendanceState, deputyFor: string | null = null): void {
  if (!isEntityId(userId) || !isAttendanceState(state)) throw new MeetingDocError('invalid attendance');
  if (state === 'deputy' && deputyFor !== null && (!isEntityId(deputyFor) || deputyFor === userId)) throw new MeetingDocError('a deputy stands in for another member');
  attendanceOf(doc).set(userId, { state, deputyFor: state === 'deputy' ? deputyFor : null });
}

function guestText(value: string, what: string, required: boolean): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length > MAX_GUEST_TEXT || (required && text === '')) throw new MeetingDocError(`a guest's ${what} is one line of at most ${MAX_GUEST_TEXT} characters${required ? ', not empty' : ''}`);
  return text;
}

/** Adds a guest (or replaces the one of `id`), the name required; returns the id. */
export function putGuest(doc: Y.Doc, guest: Omit<Guest, 'id'> & { id?: string }): string {
  const id = guest.id ?? newId();
  if (!isEntityId(id)) throw new MeetingDocError('invalid guest id');
  guestsOf(doc).set(id, { name: guestText(guest.name, 'name', true), note: guestText(guest.note, 'organisation or role', false) });
  return id;
}

export function removeGuest(doc: Y.Doc, id: string): void {
  guestsOf(doc).delete(id);
}

function agendaOrdered(doc: Y.Doc, without?: string): Ordered[] {
  const list: Ordered[] = [];
  agendaOf(doc).forEach((value, id) => {
    if (value instanceof Y.Map && id !== without) list.push({ id, order: readStringValue(value.get('order')) });
  });
  return sortOrdered(list);
}

function applyPlacement(doc: Y.Doc, reorder: Ordered[]): void {
  for (const { id, order } of reorder) {
    const item = agendaOf(doc).get(id);
    if (item instanceof Y.Map) item.set('order', order);
  }
}

export interface NewAgendaItem {
  kind: AgendaKind;
  targetId?: string | null;
  title: string;
}

/** Adds an item at `index` (default: last); returns its id. */
export function addAgendaItem(doc: Y.Doc, input: NewAgendaItem, index = Number.MAX_SAFE_INTEGER): string {
  if (!isAgendaKind(input.kind)) throw new MeetingDocError(`unknown agenda kind ${String(input.kind)}`);
  const targetId = input.kind === 'free' ? null : (input.targetId ?? null);
  if (input.kind !== 'free' && !isEntityId(targetId)) throw new MeetingDocError('an item about the plan needs its targetId');
  const id = newId();
  doc.transact(() => {
    const siblings = agendaOrdered(doc);
    const { order, reorder } = placeAt(siblings, index);
    applyPlacement(doc, reorder);
    const item = new Y.Map<unknown>();
    item.set('kind', input.kind);
    item.set('targetId', targetId);
    item.set('order', order);
    for (const field of AGENDA_TEXT_FIELDS) item.set(field, new Y.Text(field === 'title' ? checkText(input.title, 'title') : ''));
    agendaOf(doc).set(id, item);
  });
  return id;
}

/** Moves an item so that it shows at `index` among the others. */
export function moveAgendaItem(doc: Y.Doc, id: string, index: number): void {
  const item = agendaOf(doc).get(id);
  if (!(item instanceof Y.Map)) throw new MeetingDocError(`unknown agenda item ${id}`);
  doc.transact(() => {
    const { order, reorder } = placeAt(agendaOrdered(doc, id), index);
    applyPlacement(doc, reorder);
    item.set('order', order);
  });
}

export function removeAgendaItem(doc: Y.Doc, id: string): void {
  agendaOf(doc).delete(id);
}

/** The item's Y.Text of `field`, for a live binding; created when a peer left it missing. */
export function agendaItemText(doc: Y.Doc, id: string, field: AgendaTextField): Y.Text | undefined {
  const item = agendaOf(doc).get(id);
  if (!(item instanceof Y.Map)) return undefined;
  const text = item.get(field);
  if (text instanceof Y.Text) return text;
  const created = new Y.Text(readTextValue(text));
  item.set(field, created);
  return created;
}

/** Replaces an item's text field, keeping what others type elsewhere in it. */
export function setAgendaItemText(doc: Y.Doc, id: string, field: AgendaTextField, value: string): void {
  checkText(value, field);
  doc.transact(() => {
    const text = agendaItemText(doc, id, field);
    if (!text) throw new MeetingDocError(`unknown agenda item ${id}`);
    replaceYText(text, value);
  });
}

// ---------------------------------------------------------------------------
// Reading

function readMeta(doc: Y.Doc): MeetingMeta {
  const meta = meetingMetaOf(doc);
  const text = (key: string) => readStringValue(meta.get(key));
  const state = meta.get('state');
  return {
    title: text('title'),
    startsAt: text('startsAt'),
    place: text('place'),
    videoLink: text('videoLink'),
    planId: text('planId'),
    state: isMeetingState(state) ? state : 'planned',
  };
}

function readAttendance(doc: Y.Doc): Attendance[] {
  const list: Attendance[] = [];
  attendanceOf(doc).forEach((value, userId) => {
    const v = value as { state?: unknown; deputyFor?: unknown } | null;
    if (!v || typeof v !== 'object' || !isAttendanceState(v.state)) return;
    const deputyFor = v.state === 'deputy' && typeof v.deputyFor === 'string' ? v.deputyFor : null;
    list.push({ userId, state: v.state, deputyFor });
  });
  return list.sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}

function readGuests(doc: Y.Doc): Guest[] {
  const list: Guest[] = [];
  guestsOf(doc).forEach((value, id) => {
    const v = value as { name?: unknown; note?: unknown } | null;
    if (v && typeof v === 'object' && typeof v.name === 'string') list.push({ id, name: v.name, note: readStringValue(v.note) });
  });
  return list.sort((a, b) => a.name.localeCompare(b.name, 'fi') || (a.id < b.id ? -1 : 1));
}

export function readAgenda(doc: Y.Doc): AgendaItem[] {
  const items: AgendaItem[] = [];
  agendaOf(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const kind = value.get('kind');
    const targetId = value.get('targetId');
    items.push({
      id,
      kind: isAgendaKind(kind) ? kind : 'free',
      targetId: isAgendaKind(kind) && kind !== 'free' && typeof targetId === 'string' ? targetId : null,
      title: readTextValue(value.get('title')),
      order: readStringValue(value.get('order')),
      notes: readTextValue(value.get('notes')),
      decision: readTextValue(value.get('decision')),
    });
  });
  return sortOrdered(items);
}

/** The whole meeting as JSON. */
export function readMeeting(doc: Y.Doc): MeetingData {
  return { meta: readMeta(doc), attendance: readAttendance(doc), guests: readGuests(doc), agenda: readAgenda(doc) };
}

/** Calls `onChange` after every transaction that changed the meeting; returns the function that stops it. */
export function observeMeeting(doc: Y.Doc, onChange: () => void): () => void {
  const listener = () => onChange();
  doc.on('update', listener);
  return () => doc.off('update', listener);
}

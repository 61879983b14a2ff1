import * as Y from 'yjs';
import { readMeeting, type MeetingData } from '../../../shared/meeting';
import { isStatus, statusWordsIn } from '../../../shared/plan';

/**
 * What the minutes (pöytäkirja) say besides the meeting document: names of
 * the people, the plan's words for its measures and the status changes
 * made while the meeting was open. Approving a meeting stores these inside
 * the snapshot of its document (`facts`), so that approved minutes print the
 * names and titles of that day even after people and measures are renamed.
 */
export interface MinutesFacts {
  groupName: string;
  planTitle: string;
  /** Group members (and anyone marked present) by user id. */
  people: Record<string, string>;
  /** Members of the group in the order the group lists them. */
  memberIds: string[];
  measures: Record<string, { title: string; focusAreaId: string; goalId: string }>;
  statusChanges: StatusChange[];
}

export interface StatusChange {
  at: string;
  by: string;
  measureId: string;
  from: string | null;
  to: string | null;
}

export interface MinutesItem {
  /** 1-based, as the agenda numbers it (§ 1). */
  number: number;
  id: string;
  title: string;
  notes: string;
  decision: string;
  changes: string[];
}

export interface Minutes {
  title: string;
  startsAt: string;
  place: string;
  videoLink: string;
  groupName: string;
  planTitle: string;
  approved: boolean;
  present: string[];
  absent: string[];
  guests: string[];
  items: MinutesItem[];
  /** Status changes made in the meeting under no agenda item. */
  otherChanges: string[];
  /** Set for an extract (pöytäkirjanote) of one item. */
  extract: boolean;
}

const FACTS_KEY = 'minutesFacts';

/** The meeting document's state with the facts folded in: what an approval stores. */
export function approvedSnapshot(meetingState: Uint8Array, facts: MinutesFacts): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, meetingState);
    doc.getMap('approval').set(FACTS_KEY, JSON.parse(JSON.stringify(facts)));
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/** The meeting and its facts back from an approved snapshot. */
export function readApprovedSnapshot(state: Uint8Array): { data: MeetingData; facts: MinutesFacts } {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return { data: readMeeting(doc), facts: doc.getMap('approval').get(FACTS_KEY) as MinutesFacts };
  } finally {
    doc.destroy();
  }
}

/** The table's short words (Valmis, Aloitettu): a line per change reads as the table does. */
const STATUS_WORDS = statusWordsIn('fi', 'short');
const statusWord = (value: string | null) => (value && isStatus(value) ? STATUS_WORDS[value] : (value ?? '–'));

/** The minutes of the whole meeting, or with `itemId` the extract of that one item. */
export function buildMinutes(data: MeetingData, facts: MinutesFacts, options: { approved: boolean; itemId?: string }): Minutes {
  const name = (userId: string) => facts.people[userId] ?? userId;
  const attendance = new Map(data.attendance.map((a) => [a.userId, a]));
  const present: string[] = [];
  const absent: string[] = [];
  for (const userId of [...facts.memberIds, ...data.attendance.map((a) => a.userId).filter((id) => !facts.memberIds.includes(id))]) {
    const mark = attendance.get(userId);
    if (mark?.state === 'present') present.push(name(userId));
    else if (mark?.state === 'deputy') present.push(`${name(userId)} (varajäsenenä${mark.deputyFor ? `, ${name(mark.deputyFor)} sijaan` : ''})`);
    else absent.push(name(userId));
  }

  const itemOfMeasure = (measureId: string): string | undefined => {
    const measure = facts.measures[measureId];
    const targets = [measureId, measure?.goalId, measure?.focusAreaId];
    for (const target of targets) {
      const item = target && data.agenda.find((i) => i.targetId === target);
      if (item) return item.id;
    }
    return undefined;
  };
  const changesByItem = new Map<string, string[]>();
  const otherChanges: string[] = [];
  for (const change of facts.statusChanges) {
    const line = `${facts.measures[change.measureId]?.title || change.measureId}: ${statusWord(change.from)} → ${statusWord(change.to)} (${change.by})`;
    const itemId = itemOfMeasure(change.measureId);
    if (itemId) changesByItem.set(itemId, [...(changesByItem.get(itemId) ?? []), line]);
    else otherChanges.push(line);
  }

  const items = data.agenda
    .map((item, index): MinutesItem => ({ number: index + 1, id: item.id, title: item.title, notes: item.notes, decision: item.decision, changes: changesByItem.get(item.id) ?? [] }))
    .filter((item) => !options.itemId || item.id === options.itemId);
  return {
    title: data.meta.title,
    startsAt: data.meta.startsAt,
    place: data.meta.place,
    videoLink: data.meta.videoLink,
    groupName: facts.groupName,
    planTitle: facts.planTitle,
    approved: options.approved,
    present,
    absent,
    guests: data.guests.map((g) => (g.note ? `${g.name} (${g.note})` : g.name)),
    items,
    otherChanges: options.itemId ? [] : otherChanges,
    extract: Boolean(options.itemId),
  };
}

/** `12.3.2026 klo 14.00`, on Finnish time. */
export function meetingTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** The signatures block's roles, as Finnish minutes put them. */
export const SIGNATURES = ['Puheenjohtaja', 'Sihteeri', 'Pöytäkirjantarkastaja', 'Pöytäkirjantarkastaja'] as const;

/** The heading of the document. */
export function minutesHeading(minutes: Minutes): string {
  return `${minutes.extract ? 'Pöytäkirjanote' : 'Pöytäkirja'}: ${minutes.title}`;
}

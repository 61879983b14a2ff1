import * as Y from 'yjs';
import { readMeeting, type MeetingData } from '../../../shared/meeting';
import { exportFileName } from '../../exports/common/fileName';
import { changeLine, itemOfChange, type MeetingChange, type PlanOutline } from './minutesChanges';

/**
 * What the minutes (pöytäkirja) say besides the meeting document: names of
 * the people, the plan's words for its measures and the changes made in the
 * meeting. Approving a meeting stores these inside the snapshot of its
 * document (`facts`), so that approved minutes print the names and titles of
 * that day even after people and measures are renamed.
 */
export interface MinutesFacts extends PlanOutline {
  groupName: string;
  planTitle: string;
  /** Group members (and anyone marked present) by user id. */
  people: Record<string, string>;
  /** Members of the group in the order the group lists them. */
  memberIds: string[];
  /** Oldest first. */
  changes: MeetingChange[];
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

/** One row of the attendance table: a member (or a deputy) and how they attended. */
export interface AttendanceRow {
  name: string;
  attendance: string;
}

export interface GuestRow {
  name: string;
  /** Organisation or role. */
  note: string;
}

/** The minutes as every format prints them: plain data, so that it crosses to the render thread. */
export interface Minutes {
  title: string;
  startsAt: string;
  place: string;
  videoLink: string;
  groupName: string;
  planTitle: string;
  approved: boolean;
  attendance: AttendanceRow[];
  guests: GuestRow[];
  items: MinutesItem[];
  /** Changes made in the meeting under no agenda item. */
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

/** Facts as stored by an approval, also by the first version, which kept only status changes (`statusChanges`) and measures. */
function storedFacts(value: unknown): MinutesFacts {
  const stored = value as Partial<MinutesFacts> & { statusChanges?: Array<Omit<MeetingChange, 'entity' | 'entityId' | 'field'> & { measureId: string }> };
  const legacy = (stored.statusChanges ?? []).map(({ measureId, ...change }): MeetingChange => ({ ...change, entity: 'measure', entityId: measureId, field: 'status' }));
  return {
    groupName: stored.groupName ?? '',
    planTitle: stored.planTitle ?? '',
    people: stored.people ?? {},
    memberIds: stored.memberIds ?? [],
    measures: stored.measures ?? {},
    goals: stored.goals ?? {},
    focusAreas: stored.focusAreas ?? {},
    changes: stored.changes ?? legacy,
  };
}

/** The meeting and its facts back from an approved snapshot. */
export function readApprovedSnapshot(state: Uint8Array): { data: MeetingData; facts: MinutesFacts } {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return { data: readMeeting(doc), facts: storedFacts(doc.getMap('approval').get(FACTS_KEY) ?? {}) };
  } finally {
    doc.destroy();
  }
}

/**
 * The attendance table: the group's members in its order, then anyone else
 * marked; a deputy says whom they stand in for, and an absent member whom
 * a deputy replaced.
 */
function attendanceRows(data: MeetingData, facts: MinutesFacts): AttendanceRow[] {
  const name = (userId: string) => facts.people[userId] || userId;
  const marks = new Map(data.attendance.map((a) => [a.userId, a]));
  const deputies = new Map<string, string[]>();
  for (const mark of data.attendance) {
    if (mark.state === 'deputy' && mark.deputyFor) deputies.set(mark.deputyFor, [...(deputies.get(mark.deputyFor) ?? []), name(mark.userId)]);
  }
  const userIds = [...facts.memberIds, ...data.attendance.map((a) => a.userId).filter((id) => !facts.memberIds.includes(id))];
  return userIds.map((userId) => {
    const mark = marks.get(userId);
    const replacedBy = deputies.get(userId);
    let attendance = mark?.state === 'present' ? 'Läsnä' : mark?.state === 'absent' ? 'Poissa' : 'Ei merkitty';
    if (mark?.state === 'deputy') attendance = mark.deputyFor ? `Varajäsenenä, varsinainen jäsen ${name(mark.deputyFor)}` : 'Varajäsenenä';
    else if (mark?.state !== 'present' && replacedBy) attendance = `${mark ? attendance : 'Poissa'}, varajäsen ${replacedBy.join(', ')}`;
    return { name: name(userId), attendance };
  });
}

/** The minutes of the whole meeting, or with `itemId` the extract of that one item. */
export function buildMinutes(data: MeetingData, facts: MinutesFacts, options: { approved: boolean; itemId?: string }): Minutes {
  const changesByItem = new Map<string, string[]>();
  const otherChanges: string[] = [];
  for (const change of facts.changes) {
    const line = changeLine(change, facts);
    const itemId = itemOfChange(change, data.agenda, facts);
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
    attendance: attendanceRows(data, facts),
    guests: data.guests.map(({ name, note }) => ({ name, note })),
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

/** The words every format prints the same. */
export const WORDS = {
  approved: 'Hyväksytty pöytäkirja.',
  draft: 'Luonnos: pöytäkirjaa ei ole vielä hyväksytty.',
  attendance: 'Läsnäolo',
  attendanceCaption: 'Jäsenten läsnäolo',
  name: 'Nimi',
  attended: 'Läsnäolo',
  guests: 'Muut läsnäolijat',
  guestNote: 'Organisaatio tai rooli',
  notes: 'Käsittely',
  decision: 'Päätös',
  changes: 'Kokouksessa tehdyt muutokset',
  otherChanges: 'Muut kokouksessa tehdyt muutokset',
  signatures: 'Allekirjoitukset',
} as const;

/** The facts under the heading, as term and value. */
export function minutesFacts(minutes: Minutes): Array<[string, string]> {
  return [
    ['Toimielin', minutes.groupName],
    ['Aika', meetingTime(minutes.startsAt)],
    ...(minutes.place ? [['Paikka', minutes.place] as [string, string]] : []),
    ...(minutes.videoLink ? [['Etäyhteys', minutes.videoLink] as [string, string]] : []),
    ['Suunnitelma', minutes.planTitle],
  ];
}

/** The heading of the document. */
export function minutesHeading(minutes: Pick<Minutes, 'extract' | 'title'>): string {
  return `${minutes.extract ? 'Pöytäkirjanote' : 'Pöytäkirja'}: ${minutes.title}`;
}

/** The formats rendered on an export thread; HTML is made on the main thread. */
export type MinutesFileFormat = 'docx' | 'pdf';

export const MINUTES_CONTENT_TYPES: Readonly<Record<MinutesFileFormat | 'html', string>> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** `Pöytäkirja Kokous 1-2026 2026-03-12.pdf`. */
export function minutesFileName(minutes: Pick<Minutes, 'extract' | 'title' | 'startsAt'>, extension: string): string {
  return exportFileName(`${minutes.extract ? 'Pöytäkirjanote' : 'Pöytäkirja'} ${minutes.title}`, new Date(minutes.startsAt), extension);
}

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_GUEST_TEXT, addAgendaItem, moveAgendaItem, putGuest, readMeeting, setAgendaItemText, setAttendance, setMeetingMeta, MeetingDocError } from './index';
import { agendaOf } from './doc';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('meeting document', () => {
  it('reads back what the writers wrote, agenda in order', () => {
    const doc = new Y.Doc();
    setMeetingMeta(doc, { title: 'Ohjausryhmä 3/2026', startsAt: '2026-03-01T12:00:00.000Z', planId: 'p1', state: 'open' });
    const a = addAgendaItem(doc, { kind: 'focusArea', targetId: 'fa1', title: 'Osallisuus' });
    const b = addAgendaItem(doc, { kind: 'free', title: 'Muut asiat' });
    const c = addAgendaItem(doc, { kind: 'measure', targetId: 'm1', title: 'Liikuntaneuvonta' }, 1);
    setAgendaItemText(doc, a, 'decision', 'Hyväksyttiin.');
    setAttendance(doc, 'u1', 'present');
    setAttendance(doc, 'u2', 'deputy', 'u3');
    putGuest(doc, { name: ' Vieras ', note: 'THL' });
    const meeting = readMeeting(doc);
    expect(meeting.meta).toMatchObject({ title: 'Ohjausryhmä 3/2026', planId: 'p1', state: 'open', place: '' });
    expect(meeting.agenda.map((item) => item.id)).toEqual([a, c, b]);
    expect(meeting.agenda[0]).toMatchObject({ kind: 'focusArea', targetId: 'fa1', decision: 'Hyväksyttiin.', notes: '' });
    expect(meeting.agenda[2]?.targetId).toBeNull();
    expect(meeting.attendance).toEqual([
      { userId: 'u1', state: 'present', deputyFor: null },
      { userId: 'u2', state: 'deputy', deputyFor: 'u3' },
    ]);
    expect(meeting.guests).toEqual([expect.objectContaining({ name: 'Vieras', note: 'THL' })]);
    moveAgendaItem(doc, b, 0);
    expect(readMeeting(doc).agenda.map((item) => item.id)).toEqual([b, a, c]);
  });

  it('merges two people writing the same decision and moving items at once', () => {
    const left = new Y.Doc();
    const a = addAgendaItem(left, { kind: 'free', title: 'A' });
    const b = addAgendaItem(left, { kind: 'free', title: 'B' });
    const right = new Y.Doc();
    sync(left, right);
    setAgendaItemText(left, a, 'decision', 'Päätettiin.');
    setAgendaItemText(right, a, 'notes', 'Keskusteltiin.');
    moveAgendaItem(right, b, 0);
    sync(left, right);
    sync(right, left);
    expect(readMeeting(left)).toEqual(readMeeting(right));
    expect(readMeeting(left).agenda.map((i) => [i.id, i.notes, i.decision])).toEqual([
      [b, '', ''],
      [a, 'Keskusteltiin.', 'Päätettiin.'],
    ]);
  });

  it('refuses bad input and reads what a peer broke without throwing', () => {
    const doc = new Y.Doc();
    expect(() => addAgendaItem(doc, { kind: 'measure', title: 'no target' })).toThrow(MeetingDocError);
    expect(() => setMeetingMeta(doc, { state: 'maybe' as never })).toThrow(MeetingDocError);
    expect(() => setAttendance(doc, 'u1', 'late' as never)).toThrow(MeetingDocError);
    expect(() => setAttendance(doc, 'u1', 'deputy', 'u1')).toThrow(MeetingDocError);
    expect(() => putGuest(doc, { name: '   ', note: 'THL' })).toThrow(MeetingDocError);
    expect(() => putGuest(doc, { name: 'Vieras', note: 'x'.repeat(MAX_GUEST_TEXT + 1) })).toThrow(MeetingDocError);
    agendaOf(doc).set('junk', 42);
    const item = new Y.Map<unknown>();
    item.set('kind', 'bogus');
    agendaOf(doc).set('x', item);
    doc.getMap('attendance').set('u9', 'nonsense');
    expect(readMeeting(doc)).toMatchObject({ agenda: [{ id: 'x', kind: 'free', targetId: null, title: '' }], attendance: [] });
  });
});

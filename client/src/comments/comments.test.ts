import { describe, expect, it } from 'vitest';
import type { Message, Thread } from '../../../shared/discussion';
import { completeMention, matchingMembers, mentionedIds, mentionQueryAt, splitMentions } from './mentions';
import { CLOSED_PANEL, panelReducer } from './panelState';
import { openThreadsByMeasure, threadsInView } from './threads';
import { isUnread, seenFromServer, withSeen } from './unread';

const message = (id: string, authorId: string, createdAt: string, deleted = false): Message => ({
  id,
  author: { id: authorId, name: authorId },
  text: id,
  mentions: [],
  createdAt,
  editedAt: null,
  deleted,
});

const thread = (threadId: string, over: Partial<Thread> = {}): Thread => ({
  threadId,
  measureId: null,
  anchor: null,
  quote: '',
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  createdAt: '2026-03-12T10:00:00.000Z',
  messages: [message(`${threadId}-1`, 'kaisa', '2026-03-12T10:00:00.000Z')],
  ...over,
});

const MEMBERS = [
  { userId: 'u1', name: 'Maija Meikäläinen' },
  { userId: 'u2', name: 'Anna' },
  { userId: 'u3', name: 'Anna Maria Åberg' },
];

describe('mentions', () => {
  it('finds the @-word at the caret only after a space or at the start', () => {
    expect(mentionQueryAt('Hei @Ma', 7)).toEqual({ start: 4, query: 'Ma' });
    expect(mentionQueryAt('posti@example', 13)).toBeNull();
    expect(mentionQueryAt('@Ma\nrivi', 8)).toBeNull();
  });

  it('matches members by the start of each word and completes the name', () => {
    expect(matchingMembers(MEMBERS, 'ma me').map((m) => m.userId)).toEqual(['u1']);
    expect(matchingMembers(MEMBERS, 'åb').map((m) => m.userId)).toEqual(['u3']);
    expect(completeMention('Hei @ma kiitos', { start: 4, query: 'ma' }, 7, MEMBERS[0]!)).toEqual({
      text: 'Hei @Maija Meikäläinen  kiitos',
      caret: 23,
    });
  });

  it('reads whole names only, longest first', () => {
    expect(mentionedIds('@Anna Maria Åberg ja @Annika', MEMBERS)).toEqual(['u3']);
    expect(mentionedIds('@Anna, ja @Maija Meikäläinen.', MEMBERS)).toEqual(['u1', 'u2']);
    expect(splitMentions('Kysy @Anna Maria Åberg!', MEMBERS.map((m) => m.name))).toEqual([
      { text: 'Kysy ', mention: false },
      { text: '@Anna Maria Åberg', mention: true },
      { text: '!', mention: false },
    ]);
  });
});

describe('threads', () => {
  it('counts open threads per measure, marking those with unread messages', () => {
    const threads = [
      thread('a', { measureId: 'm1' }),
      thread('b', { measureId: 'm1' }),
      thread('c', { measureId: 'm1', resolved: true }),
      thread('d', { measureId: 'm2' }),
      thread('e'),
    ];
    const counts = openThreadsByMeasure(threads, (t) => t.threadId === 'b');
    expect([...counts]).toEqual([
      ['m1', { open: 2, unread: true }],
      ['m2', { open: 1, unread: false }],
    ]);
  });

  it('lists one measure or all, resolved ones on request, newest activity first', () => {
    const older = thread('old', { measureId: 'm1' });
    const newer = thread('new', { measureId: 'm1', messages: [message('n', 'kaisa', '2026-03-13T10:00:00.000Z')] });
    const done = thread('done', { resolved: true, resolvedAt: '2026-03-14T10:00:00.000Z' });
    const ids = (list: Thread[]) => list.map((t) => t.threadId);
    expect(ids(threadsInView([older, newer, done], { kind: 'all' }, false))).toEqual(['new', 'old']);
    expect(ids(threadsInView([older, newer, done], { kind: 'all' }, true))).toEqual(['done', 'new', 'old']);
    expect(ids(threadsInView([older, newer, done], { kind: 'measure', measureId: 'm1' }, true))).toEqual(['new', 'old']);
  });
});

describe('unread markers', () => {
  it('starts from the server, turns unread again when someone else writes, not for own or deleted messages', () => {
    const t = thread('t');
    const seen = seenFromServer([{ ...t, unread: false }]);
    expect(isUnread(t, seen, 'maija')).toBe(false);
    const replied = { ...t, messages: [...t.messages, message('r', 'kaisa', '2026-03-12T11:00:00.000Z')] };
    expect(isUnread(replied, seen, 'maija')).toBe(true);
    expect(isUnread(replied, withSeen(seen, replied), 'maija')).toBe(false);
    const own = { ...t, messages: [...t.messages, message('o', 'maija', '2026-03-12T11:00:00.000Z')] };
    expect(isUnread(own, seen, 'maija')).toBe(false);
    const removed = { ...t, messages: [...t.messages, message('x', 'kaisa', '2026-03-12T11:00:00.000Z', true)] };
    expect(isUnread(removed, seen, 'maija')).toBe(false);
    expect(isUnread(t, seenFromServer([{ ...t, unread: true }]), 'maija')).toBe(true);
  });
});

describe('the panel', () => {
  it('opens a measure with its open threads expanded and focuses the heading', () => {
    const threads = [thread('a', { measureId: 'm1' }), thread('b', { measureId: 'm1', resolved: true })];
    const state = panelReducer(CLOSED_PANEL, { type: 'openMeasure', measureId: 'm1', threads });
    expect(state).toMatchObject({ open: true, view: { kind: 'measure', measureId: 'm1' }, focus: { kind: 'heading' } });
    expect([...state.expanded]).toEqual(['a']);
  });

  it('writes a draft, then shows and focuses the new thread; closing drops the draft', () => {
    const drafting = panelReducer(CLOSED_PANEL, { type: 'startComment', target: { kind: 'measure', measureId: 'm1' } });
    expect(drafting).toMatchObject({ open: true, focus: { kind: 'draft' } });
    const sent = panelReducer(drafting, { type: 'draftDone', threadId: 't1' });
    expect(sent.draft).toBeNull();
    expect(sent.focus).toEqual({ kind: 'thread', threadId: 't1', moveFocus: true });
    expect(sent.focusRequest).toBeGreaterThan(drafting.focusRequest);
    expect(panelReducer(drafting, { type: 'close' })).toMatchObject({ open: false, draft: null });
  });

  it('opens a highlighted thread without taking the focus from the text when clicked', () => {
    const state = panelReducer(CLOSED_PANEL, { type: 'openThread', threadId: 't1', moveFocus: false });
    expect(state.focus).toEqual({ kind: 'thread', threadId: 't1', moveFocus: false });
    expect(state.expanded.has('t1')).toBe(true);
  });
});

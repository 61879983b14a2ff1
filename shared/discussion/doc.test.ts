import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addThread, observeDiscussion, putMessage, readThread, readThreads, setResolution } from './doc';
import type { Message } from './types';

const MAIJA = { id: 'user-maija', name: 'Maija Meikäläinen' };
const KAISA = { id: 'user-kaisa', name: 'Kaisa Kuntalainen' };

const message = (id: string, author = MAIJA, createdAt = '2026-03-12T10:00:00.000Z', text = id): Message => ({
  id,
  author,
  text,
  mentions: [],
  createdAt,
  editedAt: null,
  deleted: false,
});

/** Two copies of one document, as two server processes hold it, each changed on its own, then merged both ways. */
function concurrently(start: Y.Doc, ...changes: ((doc: Y.Doc) => void)[]): Y.Doc[] {
  const copies = changes.map((change) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(start));
    change(copy);
    return copy;
  });
  for (const a of copies) for (const b of copies) if (a !== b) Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  return copies;
}

function discussionWithThread(): Y.Doc {
  const doc = new Y.Doc();
  addThread(doc, { threadId: 't1', measureId: 'm1', anchor: null, quote: '', message: message('first') });
  return doc;
}

/** The first schema's document (each thread one JSON value), as that code wrote it: see the fixture's `about`. */
function legacyDiscussion(): Y.Doc {
  const fixture = JSON.parse(readFileSync(new URL('./fixtures/discussion-v1.json', import.meta.url), 'utf8')) as { update: string };
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(fixture.update, 'base64'));
  return doc;
}

const texts = (doc: Y.Doc, threadId: string) => readThread(doc, threadId)?.messages.map((m) => m.text);

describe('the discussion document', () => {
  it('keeps both replies written to the same thread at once by two processes', () => {
    const copies = concurrently(
      discussionWithThread(),
      (doc) => putMessage(doc, 't1', message('reply-a', KAISA, '2026-03-12T10:01:00.000Z')),
      (doc) => putMessage(doc, 't1', message('reply-b', MAIJA, '2026-03-12T10:01:00.000Z')),
    );
    for (const doc of copies) expect(texts(doc, 't1')).toEqual(['first', 'reply-a', 'reply-b']);
  });

  it('keeps a reply written while another process resolves the thread or edits a message', () => {
    const copies = concurrently(
      discussionWithThread(),
      (doc) => setResolution(doc, 't1', { by: KAISA, at: '2026-03-12T11:00:00.000Z' }),
      (doc) => putMessage(doc, 't1', { ...message('first'), text: 'muokattu', editedAt: '2026-03-12T11:00:00.000Z' }),
      (doc) => putMessage(doc, 't1', message('reply', KAISA, '2026-03-12T11:00:00.000Z')),
    );
    for (const doc of copies) {
      expect(readThread(doc, 't1')).toMatchObject({ resolved: true, resolvedBy: KAISA, resolvedAt: '2026-03-12T11:00:00.000Z' });
      expect(texts(doc, 't1')).toEqual(['muokattu', 'reply']);
    }
  });

  it('hides a thread whose messages are all deleted, and brings it back with a reply written meanwhile', () => {
    const doc = discussionWithThread();
    const deleteAll = (copy: Y.Doc) => putMessage(copy, 't1', { ...message('first'), text: '', deleted: true });
    const copies = concurrently(doc, deleteAll, (copy) => putMessage(copy, 't1', message('late reply', KAISA, '2026-03-12T12:00:00.000Z')));
    for (const copy of copies) expect(texts(copy, 't1')).toEqual(['', 'late reply']);
    deleteAll(doc);
    expect(readThread(doc, 't1')).toBeUndefined();
    expect(readThreads(doc)).toEqual([]);
  });

  it('orders messages by time, then id, and skips malformed entries without throwing', () => {
    const doc = discussionWithThread();
    putMessage(doc, 't1', message('b', KAISA, '2026-03-12T10:05:00.000Z'));
    putMessage(doc, 't1', message('a', KAISA, '2026-03-12T10:05:00.000Z'));
    putMessage(doc, 't1', message('earlier', KAISA, '2026-03-12T09:00:00.000Z'));
    doc.getMap('messages').set('junk', { threadId: 't1', text: 42 });
    doc.getMap('messages').set('orphan', { ...message('orphan'), threadId: 'no-such-thread' });
    doc.getMap('threads').set('broken', 'not a thread');
    doc.getMap('resolutions').set('t1', { by: 'nobody' });
    expect(texts(doc, 't1')).toEqual(['earlier', 'first', 'a', 'b']);
    expect(readThreads(doc).map((t) => [t.threadId, t.resolved])).toEqual([['t1', false]]);
  });

  it('tells its observers once per change of the threads', () => {
    const doc = discussionWithThread();
    let calls = 0;
    const stop = observeDiscussion(doc, () => calls++);
    putMessage(doc, 't1', message('reply', KAISA));
    setResolution(doc, 't1', { by: KAISA, at: '2026-03-12T11:00:00.000Z' });
    addThread(doc, { threadId: 't2', measureId: null, anchor: { start: 'AAAA', end: 'AAAA' }, quote: 'sanat', message: message('t2-1') });
    stop();
    putMessage(doc, 't1', message('unseen', KAISA));
    expect(calls).toBe(3);
  });
});

describe('a discussion document of the first schema', () => {
  it('still reads: threads, messages, edits, deletions and resolution as that code wrote them', () => {
    const doc = legacyDiscussion();
    expect(readThreads(doc)).toEqual([
      {
        threadId: 'thread-text',
        measureId: null,
        anchor: { start: 'AAAA', end: 'AAAA' },
        quote: 'esteettömyys paranee',
        resolved: true,
        resolvedBy: MAIJA,
        resolvedAt: '2026-03-13T08:00:00.000Z',
        createdAt: '2026-03-11T09:00:00.000Z',
        messages: [
          { ...message('m3', KAISA, '2026-03-11T09:00:00.000Z', 'Tarkennetaan') },
          { ...message('m4', MAIJA, '2026-03-11T09:30:00.000Z', ''), deleted: true, editedAt: '2026-03-11T09:31:00.000Z' },
        ],
      },
      {
        threadId: 'thread-measure',
        measureId: 'measure-1',
        anchor: null,
        quote: '',
        resolved: false,
        resolvedBy: null,
        resolvedAt: null,
        createdAt: '2026-03-12T10:00:00.000Z',
        messages: [
          message('m1', MAIJA, '2026-03-12T10:00:00.000Z', 'Kuka vastaa tästä?'),
          {
            ...message('m2', KAISA, '2026-03-12T10:05:00.000Z', 'Liikuntapalvelut, @Maija Meikäläinen'),
            mentions: ['user-maija'],
            editedAt: '2026-03-12T10:06:00.000Z',
          },
        ],
      },
    ]);
  });

  it('takes replies from two processes at once, edits of its messages and a reopening, without a migration that could race', () => {
    const copies = concurrently(
      legacyDiscussion(),
      (doc) => putMessage(doc, 'thread-measure', message('reply-a', KAISA, '2026-03-14T10:00:00.000Z')),
      (doc) => putMessage(doc, 'thread-measure', message('reply-b', MAIJA, '2026-03-14T10:00:01.000Z')),
      (doc) => putMessage(doc, 'thread-measure', { ...message('m1', MAIJA, '2026-03-12T10:00:00.000Z', 'Kuka vastaa?'), editedAt: '2026-03-14T10:00:00.000Z' }),
      (doc) => setResolution(doc, 'thread-text', null),
    );
    for (const doc of copies) {
      expect(texts(doc, 'thread-measure')).toEqual(['Kuka vastaa?', 'Liikuntapalvelut, @Maija Meikäläinen', 'reply-a', 'reply-b']);
      expect(readThread(doc, 'thread-text')).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });
    }
  });
});

import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FileDocumentStore } from './fileDocumentStore';
import { CorruptFileError, encodeRecord } from './logFormat';
import { rebuild, recordingEditor } from '../../tests/support/journalDocs';

const NAME = 'plan:abc';

describe('FileDocumentStore', () => {
  let dir: string;
  let store: FileDocumentStore;
  const folder = () => join(dir, 'documents', encodeURIComponent(NAME));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hyte-store-'));
    store = new FileDocumentStore(dir);
    await store.init();
    await store.create(NAME, Y.encodeStateAsUpdate(new Y.Doc()));
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('replays appended updates in order after reopening', async () => {
    const { text, updates } = recordingEditor();
    const opened = (await store.open(NAME))!;
    for (let i = 0; i < 50; i++) text.insert(text.length, `${i},`);
    // All appended at once: one group commit, all durable.
    await Promise.all(updates.map((u) => opened.journal.append(u).durable));
    await opened.journal.close();

    const reopened = (await store.open(NAME))!;
    expect(rebuild(reopened.updates).getText('t').toString()).toBe(text.toString());
    expect(reopened.journal.lastSeq).toBe(50);
  });

  it('compacts into a snapshot and drops covered segments, keeping later updates', async () => {
    const { doc, text, updates } = recordingEditor();
    const opened = (await store.open(NAME))!;
    text.insert(0, 'ennen ');
    await Promise.all(updates.splice(0).map((u) => opened.journal.append(u).durable));
    const upTo = opened.journal.lastSeq;
    await opened.journal.compact(Y.encodeStateAsUpdate(doc), upTo);
    text.insert(text.length, 'jälkeen');
    await Promise.all(updates.splice(0).map((u) => opened.journal.append(u).durable));
    await opened.journal.close();

    const files = await readdir(folder());
    expect(files).toContain('state.bin');
    expect(files.filter((f) => f.startsWith('log-'))).toHaveLength(1);
    const reopened = (await store.open(NAME))!;
    expect(rebuild(reopened.updates).getText('t').toString()).toBe('ennen jälkeen');
    // The snapshot covers the first update: only the later one is replayed on top of it.
    expect(reopened.updates).toHaveLength(2);
  });

  it('reads a document whole while compactions of it delete the segments the read listed', async () => {
    const { doc, text, updates } = recordingEditor();
    const opened = (await store.open(NAME))!;
    for (let round = 0; round < 40; round++) {
      text.insert(text.length, `${round},`);
      await Promise.all(updates.splice(0).map((u) => opened.journal.append(u).durable));
      const expected = text.toString();
      // A reader that is not the document's owner (a REST read of an unloaded plan) meets a compaction.
      // Started a little later each round, so that some reads list the files before the compaction deletes them.
      const compacted = opened.journal.compact(Y.encodeStateAsUpdate(doc), opened.journal.lastSeq);
      const read = await new Promise((resolve) => setTimeout(resolve, (round % 10) / 2)).then(() => store.read(NAME));
      await compacted;
      expect(rebuild(read!).getText('t').toString()).toBe(expected);
    }
    await opened.journal.close();
  });

  it('keeps an update that compaction could not cover (journaled but not yet applied)', async () => {
    const { doc, text, updates } = recordingEditor();
    const opened = (await store.open(NAME))!;
    text.insert(0, 'sovellettu');
    const applied = opened.journal.append(updates[0]!);
    const stateBefore = Y.encodeStateAsUpdate(doc);
    text.insert(0, 'lennossa ');
    const inFlight = opened.journal.append(updates[1]!);
    await Promise.all([applied.durable, inFlight.durable]);
    // Memory holds only the first update: compact up to it, as the extension does.
    await opened.journal.compact(stateBefore, applied.seq);
    await opened.journal.close();

    const reopened = (await store.open(NAME))!;
    expect(rebuild(reopened.updates).getText('t').toString()).toBe('lennossa sovellettu');
  });

  it('cuts a torn tail left by a crash in the middle of a write', async () => {
    const { text, updates } = recordingEditor();
    const opened = (await store.open(NAME))!;
    text.insert(0, 'tallessa');
    await opened.journal.append(updates[0]!).durable;
    await opened.journal.close();
    const [segment] = (await readdir(folder())).filter((f) => f.startsWith('log-'));
    const torn = encodeRecord(2, new Uint8Array([1, 2, 3, 4, 5, 6])).subarray(0, 9);
    await appendFile(join(folder(), segment!), torn);

    const reopened = (await store.open(NAME))!;
    expect(rebuild(reopened.updates).getText('t').toString()).toBe('tallessa');
    // New updates follow the cut tail cleanly.
    text.insert(text.length, '!');
    await reopened.journal.append(updates[1]!).durable;
    await reopened.journal.close();
    expect(rebuild((await store.read(NAME))!).getText('t').toString()).toBe('tallessa!');
  });

  it('refuses damage in the middle of a log instead of serving a partial plan', async () => {
    const { text, updates } = recordingEditor();
    const opened = (await store.open(NAME))!;
    text.insert(0, 'yksi');
    text.insert(4, 'kaksi');
    await Promise.all(updates.map((u) => opened.journal.append(u).durable));
    await opened.journal.close();
    const [segment] = (await readdir(folder())).filter((f) => f.startsWith('log-'));
    const path = join(folder(), segment!);
    const bytes = await readFile(path);
    bytes[14] = bytes[14]! ^ 0xff; // inside the first record's update bytes
    await writeFile(path, bytes);

    await expect(store.open(NAME)).rejects.toThrow(CorruptFileError);
    await expect(store.verifyAll()).rejects.toThrow(/Corrupt document file .*log-/);
  });

  it('refuses a damaged snapshot', async () => {
    const path = join(folder(), 'state.bin');
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 1));
    await expect(store.read(NAME)).rejects.toThrow(/Corrupt document file .*state\.bin/);
    await writeFile(path, Buffer.from('not a snapshot'));
    await expect(store.verifyAll()).rejects.toThrow(/bad header/);
  });

  it('continues sequence numbers across reopen and compaction', async () => {
    const { doc, text, updates } = recordingEditor();
    let opened = (await store.open(NAME))!;
    text.insert(0, 'a');
    await opened.journal.append(updates[0]!).durable;
    await opened.journal.compact(Y.encodeStateAsUpdate(doc), 1);
    await opened.journal.close();
    opened = (await store.open(NAME))!;
    expect(opened.journal.lastSeq).toBe(1);
    expect(opened.journal.compactedUpTo).toBe(1);
    text.insert(1, 'b');
    expect(opened.journal.append(updates[1]!).seq).toBe(2);
    await opened.journal.close();
    expect(rebuild((await store.read(NAME))!).getText('t').toString()).toBe('ab');
  });

  it('makes the next segment during a compaction, removes it unwritten on close, and continues one a crash left', async () => {
    const { doc, text, updates } = recordingEditor();
    let opened = (await store.open(NAME))!;
    text.insert(0, 'a');
    await opened.journal.append(updates[0]!).durable;
    const firstState = Y.encodeStateAsUpdate(doc);
    await opened.journal.compact(firstState, 1);
    const segments = async () => (await readdir(folder())).filter((f) => f.startsWith('log-'));
    // There before any edit needs it: the first append after a compaction only writes.
    expect(await segments()).toEqual(['log-0000000002.bin']);
    await opened.journal.close();
    expect(await segments()).toEqual([]);

    // As a crash right after such a compaction leaves it: the next load writes on in that empty segment.
    await writeFile(join(folder(), 'log-0000000002.bin'), Buffer.alloc(0));
    opened = (await store.open(NAME))!;
    text.insert(1, 'b');
    await opened.journal.append(updates[1]!).durable;
    // A compaction that covers only the first update must not delete the file the second is in.
    await opened.journal.compact(firstState, 1);
    await opened.journal.close();
    expect(rebuild((await store.read(NAME))!).getText('t').toString()).toBe('ab');
  });

  it('quarantine: keeps the record and its reason aside and leaves an empty update under its sequence number', async () => {
    const { text, updates } = recordingEditor();
    const garbage = new TextEncoder().encode('roskaa');
    const opened = (await store.open(NAME))!;
    text.insert(0, 'a');
    for (const update of [updates[0]!, garbage]) await opened.journal.append(update).durable;
    await opened.journal.close();

    expect(await store.quarantine(NAME, garbage, 'Unexpected end of array')).toBe(true);
    const kept = join(dir, 'quarantine', encodeURIComponent(NAME));
    expect(new Uint8Array(await readFile(join(kept, '2.bin')))).toEqual(garbage);
    expect(JSON.parse(await readFile(join(kept, '2.json'), 'utf8'))).toMatchObject({ document: NAME, record: '2', reason: 'Unexpected end of array' });
    expect(await store.quarantined()).toEqual([NAME]);

    const reopened = (await store.open(NAME))!;
    // The number stays taken: a later record never reuses it (and never collides with the kept copy).
    expect(reopened.journal.lastSeq).toBe(2);
    expect(rebuild(reopened.updates).getText('t').toString()).toBe('a');
    await reopened.journal.close();
    await rm(kept, { recursive: true });
    expect(await store.quarantined()).toEqual([]);
  });

  it('quarantine of an open document: copies the record aside and leaves it to the compaction that covers it', async () => {
    const { doc, text, updates } = recordingEditor();
    const garbage = new TextEncoder().encode('roskaa');
    let opened = (await store.open(NAME))!;
    text.insert(0, 'a');
    for (const update of [updates[0]!, garbage]) await opened.journal.append(update).durable;
    await opened.journal.close();

    opened = (await store.open(NAME))!;
    expect(await store.quarantine(NAME, garbage, 'Unexpected end of array')).toBe(true);
    // Not rewritten under the open journal…
    expect(rebuild((await store.read(NAME))!.filter((u) => !Buffer.from(u).equals(garbage))).getText('t').toString()).toBe('a');
    expect((await store.read(NAME))!.some((u) => Buffer.from(u).equals(garbage))).toBe(true);
    // …but gone once compaction covers it, while the copy stays.
    await opened.journal.compact(Y.encodeStateAsUpdate(doc), opened.journal.lastSeq);
    await opened.journal.close();
    expect((await store.read(NAME))!.some((u) => Buffer.from(u).equals(garbage))).toBe(false);
    expect(await store.quarantined()).toEqual([NAME]);
  });
});

import { mkdir, readdir, readFile, stat, truncate, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppendTicket, DocumentJournal, DocumentStore, OpenedDocument } from './documentStore';
import { decodeSnapshot, encodeRecord, encodeSnapshot, parseLog } from './logFormat';
import { LogSegment } from './logSegment';
import { writeFileAtomic } from './fsUtil';
import { FileQuarantine } from './fileQuarantine';
import { NotAJournalRecordError } from './quarantine';

const SNAPSHOT_FILE = 'state.bin';
const SEGMENT_PATTERN = /^log-(\d{10})\.bin$/;
/** What a quarantined record is replaced by in its segment: a Yjs update that changes nothing (no structs, no deletions). */
const EMPTY_UPDATE = new Uint8Array([0, 0]);
/** Reads of a document met by as many compactions in a row are given up (each takes a snapshot write, milliseconds at least). */
const READ_ATTEMPTS = 5;

function segmentFileName(firstSeq: number): string {
  return `log-${String(firstSeq).padStart(10, '0')}.bin`;
}

interface StoredSegment {
  path: string;
  firstSeq: number;
  maxSeq: number;
  validLength: number;
  size: number;
  updates: { seq: number; update: Uint8Array }[];
}

interface StoredDocument {
  upTo: number;
  state: Uint8Array | null;
  segments: StoredSegment[];
}

/**
 * The embedded document store: one folder per document under
 * `DATA_DIR/documents`, holding `state.bin` (the last compaction) and
 * `log-<firstSeq>.bin` segments with every update since; records that cannot
 * be applied are moved to `DATA_DIR/quarantine` (`FileQuarantine`).
 */
export class FileDocumentStore implements DocumentStore {
  private readonly root: string;
  private readonly journals = new Map<string, FileJournal>();
  private readonly quarantineFolder: FileQuarantine;
  /** Quarantine moves one at a time: two loads of one document may find the same record at once. */
  private quarantining: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.root = join(dataDir, 'documents');
    this.quarantineFolder = new FileQuarantine(join(dataDir, 'quarantine'));
  }

  async init(): Promise<void> {
    await mkdir(this.root, { recursive: true });
  }

  private folder(name: string): string {
    // Document names are validated before they get here; encoding keeps ':' out of paths.
    return join(this.root, encodeURIComponent(name));
  }

  async exists(name: string): Promise<boolean> {
    return stat(this.folder(name)).then(
      () => true,
      () => false,
    );
  }

  async create(name: string, state: Uint8Array): Promise<void> {
    const folder = this.folder(name);
    await mkdir(folder, { recursive: false });
    await writeFileAtomic(join(folder, SNAPSHOT_FILE), encodeSnapshot(0, state));
  }

  async read(name: string): Promise<Uint8Array[] | null> {
    // A reader takes no lock: a compaction of the open document (or its close) may delete a segment this read
    // listed a moment ago. Its records are in the new snapshot by then, so reading everything again is whole.
    for (let attempt = 1; ; attempt++) {
      if (!(await this.exists(name))) return null;
      try {
        return updatesOf(await readStoredDocument(this.folder(name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= READ_ATTEMPTS) throw error;
      }
    }
  }

  async open(name: string): Promise<OpenedDocument | null> {
    const previous = this.journals.get(name);
    // A document unloaded a moment ago may still be closing its files.
    if (previous?.closing) await previous.closing;
    else if (previous) throw new Error(`Document ${name} is already open`);
    if (!(await this.exists(name))) return null;
    const folder = this.folder(name);
    const stored = await readStoredDocument(folder);
    for (const segment of stored.segments) {
      // Cut a torn tail off now, before a later segment makes it look like damage mid-history.
      if (segment.validLength < segment.size) await truncate(segment.path, segment.validLength);
    }
    const journal: FileJournal = new FileJournal(folder, stored, () => {
      if (this.journals.get(name) === journal) this.journals.delete(name);
    });
    this.journals.set(name, journal);
    return { updates: updatesOf(stored), journal };
  }

  async verifyAll(): Promise<number> {
    const names = await readdir(this.root);
    for (const entry of names) await readStoredDocument(join(this.root, entry));
    return names.length;
  }

  quarantine(name: string, update: Uint8Array, reason: string): Promise<boolean> {
    const move = this.quarantining.then(() => this.moveToQuarantine(name, update, reason));
    this.quarantining = move.catch(() => undefined);
    return move;
  }

  /**
   * Copies each record holding `update` aside, then rewrites its segment
   * (atomically) with an empty update in the record's place, so that its
   * sequence number stays taken and every other record stays as it was.
   * While the document's journal is open its segments may still be written
   * (a flush in flight), so they are left alone: the records leave them
   * with the journal's next compaction, which covers them.
   */
  private async moveToQuarantine(name: string, update: Uint8Array, reason: string): Promise<boolean> {
    const stored = await readStoredDocument(this.folder(name));
    const bytes = Buffer.from(update);
    const holds = (record: { seq: number; update: Uint8Array }) => record.seq > stored.upTo && bytes.equals(record.update);
    const affected = stored.segments.filter((segment) => segment.updates.some(holds));
    if (affected.length === 0) {
      if (stored.state && bytes.equals(stored.state)) throw new NotAJournalRecordError(name);
      return false;
    }
    let moved = false;
    for (const segment of affected) {
      for (const record of segment.updates.filter(holds)) {
        if (await this.quarantineFolder.keep(name, record.seq, record.update, reason)) moved = true;
      }
      if (this.journals.has(name)) continue;
      const records = segment.updates.map((record) => encodeRecord(record.seq, holds(record) ? EMPTY_UPDATE : record.update));
      await writeFileAtomic(segment.path, Buffer.concat(records));
    }
    return moved;
  }

  quarantined(): Promise<string[]> {
    return this.quarantineFolder.documents();
  }

  async close(): Promise<void> {
    await Promise.all([...this.journals.values()].map((journal) => journal.close()));
  }
}

function updatesOf(stored: StoredDocument): Uint8Array[] {
  const updates = stored.state ? [stored.state] : [];
  for (const segment of stored.segments) {
    for (const record of segment.updates) if (record.seq > stored.upTo) updates.push(record.update);
  }
  return updates;
}

async function readStoredDocument(folder: string): Promise<StoredDocument> {
  const files = await readdir(folder);
  let upTo = 0;
  let state: Uint8Array | null = null;
  if (files.includes(SNAPSHOT_FILE)) {
    const path = join(folder, SNAPSHOT_FILE);
    ({ upTo, state } = decodeSnapshot(path, await readFile(path)));
  }
  const segments: StoredSegment[] = [];
  for (const file of files.sort()) {
    const match = SEGMENT_PATTERN.exec(file);
    if (!match) continue;
    const path = join(folder, file);
    const bytes = await readFile(path);
    const { records, validLength } = parseLog(path, bytes);
    const firstSeq = Number(match[1]);
    segments.push({
      path,
      firstSeq,
      maxSeq: records.reduce((max, r) => Math.max(max, r.seq), firstSeq - 1),
      validLength,
      size: bytes.length,
      updates: records,
    });
  }
  return { upTo, state, segments };
}

class FileJournal implements DocumentJournal {
  private current: LogSegment;
  /** Segments no longer written to, kept until a compaction covers them. */
  private sealed: LogSegment[];
  private nextSeq: number;
  compactedUpTo: number;

  constructor(
    private readonly folder: string,
    stored: StoredDocument,
    private readonly onClose: () => void,
  ) {
    const lastSeq = Math.max(stored.upTo, ...stored.segments.map((s) => s.maxSeq));
    this.nextSeq = lastSeq + 1;
    // A segment at the next sequence number holds nothing (one a compaction prepared, left by a crash before
    // anything was written to it): the new current segment continues it, under the same name, instead of
    // sealing it, which would let a compaction delete the file being written.
    this.sealed = stored.segments.filter((s) => s.firstSeq !== this.nextSeq).map((s) => new LogSegment(s.path, s.firstSeq, s.maxSeq));
    this.compactedUpTo = stored.upTo;
    this.current = this.newSegment();
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  private newSegment(): LogSegment {
    return new LogSegment(join(this.folder, segmentFileName(this.nextSeq)), this.nextSeq);
  }

  private rotate(): void {
    if (this.current.isEmpty) return;
    this.sealed.push(this.current);
    this.current = this.newSegment();
  }

  append(update: Uint8Array): AppendTicket {
    if (this.current.broken) this.rotate();
    const seq = this.nextSeq++;
    return { seq, durable: this.current.append(seq, update) };
  }

  async compact(state: Uint8Array, upTo: number): Promise<Uint8Array[]> {
    if (upTo > this.lastSeq) throw new Error(`Cannot compact up to ${upTo}: only ${this.lastSeq} written`);
    // New appends go to a fresh segment so that covered ones can be deleted whole; its file is made now,
    // beside the snapshot, not on the next edit's path.
    this.rotate();
    this.current.prepare();
    await writeFileAtomic(join(this.folder, SNAPSHOT_FILE), encodeSnapshot(upTo, state));
    this.compactedUpTo = upTo;
    const covered = this.sealed.filter((segment) => segment.maxSeq <= upTo);
    this.sealed = this.sealed.filter((segment) => segment.maxSeq > upTo);
    for (const segment of covered) {
      await segment.close();
      await unlink(segment.path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    }
    // This process is the only writer: there is nothing written elsewhere to catch up with.
    return [];
  }

  closing: Promise<void> | null = null;

  close(): Promise<void> {
    this.closing ??= Promise.all([this.current, ...this.sealed].map((segment) => segment.close()))
      // A segment prepared by the last compaction and never written: a clean stop leaves only what holds records.
      .then(() => (this.current.isEmpty ? unlink(this.current.path).catch(() => undefined) : undefined))
      .then(() => this.onClose());
    return this.closing;
  }
}

import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { encodeRecord } from './logFormat';
import { fsyncDirectory } from './fsUtil';

/**
 * Where the system has it (Linux, macOS), the file is opened with O_DSYNC: a
 * write returns once its bytes are on disk, one system call per batch instead
 * of a write and an fdatasync (measurably less waiting on the edit's path).
 */
const SYNC_ON_WRITE = constants.O_DSYNC;
const APPEND_FLAGS =
  SYNC_ON_WRITE === undefined ? 'a' : constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | SYNC_ON_WRITE;

interface PendingWrite {
  record: Buffer;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * One append-only log file. Appends are group-committed: every record queued
 * while a durable write is in flight goes out in the next single durable
 * write, so many concurrent editors cost one disk flush, not one each.
 */
export class LogSegment {
  /** The file opened for appending (and its directory entry made durable), once asked for. */
  private opening: Promise<FileHandle> | null = null;
  private queue: PendingWrite[] = [];
  private flushing: Promise<void> | null = null;
  maxSeq: number;
  /** Set after a failed write: the file may end in a torn record, so nothing more goes into it. */
  broken = false;

  constructor(
    readonly path: string,
    readonly firstSeq: number,
    maxSeq = firstSeq - 1,
  ) {
    this.maxSeq = maxSeq;
  }

  get isEmpty(): boolean {
    return this.maxSeq < this.firstSeq;
  }

  append(seq: number, update: Uint8Array): Promise<void> {
    this.maxSeq = seq;
    const durable = new Promise<void>((resolve, reject) => {
      this.queue.push({ record: encodeRecord(seq, update), resolve, reject });
    });
    this.flushing ??= this.flushLoop();
    return durable;
  }

  /** Resolves when everything appended so far is on disk (or has failed). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /**
   * Creates the file and makes its directory entry durable ahead of the first
   * append, which then costs only its own write. Creating it is two disk
   * flushes and four thread-pool round trips, which would otherwise delay the
   * first edit journaled here. A failure is left for the first append to meet.
   */
  prepare(): void {
    this.ensureOpen().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.drain();
    const opening = this.opening;
    this.opening = null;
    await opening?.then((handle) => handle.close(), () => undefined);
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0);
        try {
          const handle = await this.ensureOpen();
          await writeFully(handle, Buffer.concat(batch.map((p) => p.record)));
          if (SYNC_ON_WRITE === undefined) await handle.datasync();
          for (const p of batch) p.resolve();
        } catch (error) {
          // The batch may be partly written. Readers treat a damaged end of
          // file as a torn tail, so the journal moves on to a new segment.
          this.broken = true;
          for (const p of [...batch, ...this.queue.splice(0)]) p.reject(error);
        }
      }
    } finally {
      this.flushing = null;
    }
  }

  private ensureOpen(): Promise<FileHandle> {
    if (this.opening) return this.opening;
    const opening = openDurably(this.path);
    this.opening = opening;
    // Tried again by the next append (the batch that met the failure fails, as before).
    opening.catch(() => {
      if (this.opening === opening) this.opening = null;
    });
    return opening;
  }
}

/** Opens the segment for appending; its directory entry is durable before anything written to it counts as durable. */
async function openDurably(path: string): Promise<FileHandle> {
  const handle = await open(path, APPEND_FLAGS, 0o644);
  try {
    await fsyncDirectory(path);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/**
 * A write may be short (a disk filling up writes what fits and reports the
 * count, not an error): keep writing until every byte is out, so that the
 * next attempt surfaces the error instead of a record silently cut short.
 */
async function writeFully(handle: FileHandle, bytes: Buffer): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

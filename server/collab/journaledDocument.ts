import type { DocumentJournal } from '../storage/documentStore';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('persistence');

/**
 * The journal of one loaded document, plus the bookkeeping that makes
 * compaction safe: an update from a connection is journaled before it is
 * applied, so until it is applied a snapshot of memory does not contain it
 * and the journal must keep it.
 */
export class JournaledDocument {
  /** Sequence numbers journaled for a connection and not yet applied, by connection. */
  private readonly unapplied = new Map<object, number>();
  private readonly localWrites = new Set<Promise<void>>();

  constructor(private readonly journal: DocumentJournal) {}

  async appendFromConnection(connection: object, update: Uint8Array): Promise<void> {
    const { seq, durable } = this.journal.append(update);
    // Hocuspocus handles one message per connection at a time, so one entry per connection suffices.
    this.unapplied.set(connection, seq);
    try {
      await durable;
    } catch (error) {
      this.unapplied.delete(connection);
      throw error;
    }
  }

  markApplied(connection: object): void {
    this.unapplied.delete(connection);
  }

  appendLocal(update: Uint8Array): void {
    const write = this.journal.append(update).durable.catch((error: unknown) => {
      log.error({ err: error, alarm: true }, 'a server-side update could not be journaled');
      throw error;
    });
    this.localWrites.add(write);
    void write.finally(() => this.localWrites.delete(write)).catch(() => undefined);
  }

  async whenLocalDurable(): Promise<void> {
    await Promise.all([...this.localWrites]);
  }

  /**
   * Snapshots memory and drops the journal prefix the snapshot is sure to
   * contain. Resolves with durable updates that other processes sharing the
   * store wrote and this memory lacks (none with the file store).
   */
  async compact(encodeState: () => Uint8Array): Promise<Uint8Array[]> {
    if (this.journal.lastSeq === this.journal.compactedUpTo) return [];
    const oldestUnapplied = Math.min(...this.unapplied.values());
    const upTo = Number.isFinite(oldestUnapplied) ? oldestUnapplied - 1 : this.journal.lastSeq;
    // Taken synchronously with `upTo`: every update up to it is already in memory.
    const state = encodeState();
    return this.journal.compact(state, upTo);
  }

  close(): Promise<void> {
    return this.journal.close();
  }
}

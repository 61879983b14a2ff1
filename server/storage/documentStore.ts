/**
 * Where the Yjs state of every document lives. The embedded default is
 * `FileDocumentStore`; a PostgreSQL store implements the same interface.
 *
 * The model: a document is a compacted state plus a journal of the updates
 * applied since, each with a sequence number. `append` resolves only once the
 * update is durable, so the socket acknowledges nothing that a crash could
 * take away; `compact` replaces the journal's covered prefix by a new state.
 */
export interface DocumentStore {
  /** Creates a new document with its initial state; fails if it exists. */
  create(name: string, state: Uint8Array): Promise<void>;
  exists(name: string): Promise<boolean>;
  /** The updates that rebuild the document, without opening it for writing. */
  read(name: string): Promise<Uint8Array[] | null>;
  /** Opens a document for writing; `null` when it does not exist. */
  open(name: string): Promise<OpenedDocument | null>;
  /** Reads every stored document and throws on the first damaged one. */
  verifyAll(): Promise<number>;
  /**
   * Moves the journal records of `name` that hold exactly `update`, which
   * cannot be applied, into quarantine with `reason`: a durable copy first,
   * then out of the journal, so that later loads no longer meet them and no
   * compaction drops them unseen. (While this process has the document open
   * for writing, the file store leaves them to the journal's next compaction,
   * which covers them.) Resolves `true` if it moved any, `false` if
   * they were already moved; rejects with `NotAJournalRecordError` when
   * `update` is no record of the journal (the compacted state, say).
   */
  quarantine(name: string, update: Uint8Array, reason: string): Promise<boolean>;
  /** The documents with records in quarantine, which an operator has not cleared yet. */
  quarantined(): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenedDocument {
  /** State and journal updates in the order they were written. */
  updates: Uint8Array[];
  journal: DocumentJournal;
}

export interface AppendTicket {
  /**
   * Orders this journal's appends. The file store writes it as the record's
   * sequence number; a shared store (PostgreSQL) keeps it as a local ticket
   * and lets the database number the rows, so that several processes
   * appending to one document never collide.
   */
  seq: number;
  /** Resolves once the update survives a crash of this process. */
  durable: Promise<void>;
}

export interface DocumentJournal {
  append(update: Uint8Array): AppendTicket;
  /** The highest sequence number handed out so far. */
  readonly lastSeq: number;
  /** The sequence number the stored state covers. */
  readonly compactedUpTo: number;
  /**
   * Stores `state`, which must contain every update with `seq <= upTo`, and
   * drops the updates it covers. A shared store drops only updates that
   * `state` (merged with the stored state) really contains, whoever wrote
   * them, and resolves with the durable updates other processes wrote that
   * `state` lacks, for the caller to apply; the file store has no other
   * writers and resolves with none.
   */
  compact(state: Uint8Array, upTo: number): Promise<Uint8Array[]>;
  /** Waits for pending appends and releases files. */
  close(): Promise<void>;
}

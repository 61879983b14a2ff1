import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import * as Y from 'yjs';
import type { AppendTicket, DocumentJournal, DocumentStore, OpenedDocument } from '../documentStore';
import { bytes, inTransaction } from './database';
import { NotAJournalRecordError } from '../quarantine';

/** Most updates one INSERT carries; more wait for the next round trip. */
const MAX_BATCH = 500;
const UNIQUE_VIOLATION = '23505';

/** A row this old that a process's memory lacks did not come through Redis and will not: it was missed. */
const MISSED_AFTER_SECONDS = 5;

export interface PgDocumentStoreOptions {
  /** Age after which another process's row that compaction finds missing from memory is handed back. */
  missedAfterSeconds?: number;
}

interface JournalRow {
  id: string;
  writer: string;
  update: Buffer;
  settled: boolean;
}

/**
 * The document store on PostgreSQL, shared by every server process: one row
 * of compacted state per document (`hyte_documents`) and one row per update
 * appended since (`hyte_document_updates`), numbered by a database sequence.
 *
 * Appends are group-committed per document: updates that arrive while an
 * INSERT is in flight go out together in the next one. An update counts as
 * durable when its INSERT has committed (PostgreSQL has flushed its WAL).
 *
 * Compaction is safe with several writers: it merges this process's memory
 * with the stored state and drops only the journal rows whose updates the
 * merged state contains (`Y.snapshotContainsUpdate`). A row another process
 * appended and this one has not received yet stays; if it is older than a
 * few seconds (its writer died before Redis carried it), it is handed back
 * so that the caller can apply it.
 */
export class PgDocumentStore implements DocumentStore {
  /** Identifies this process's journal rows. */
  readonly writer = randomUUID();
  private readonly journals = new Set<PgJournal>();

  private readonly missedAfterSeconds: number;

  constructor(
    private readonly pool: pg.Pool,
    options: PgDocumentStoreOptions = {},
  ) {
    this.missedAfterSeconds = options.missedAfterSeconds ?? MISSED_AFTER_SECONDS;
  }

  async create(name: string, state: Uint8Array): Promise<void> {
    try {
      await this.pool.query('INSERT INTO hyte_documents (name, state) VALUES ($1, $2)', [name, Buffer.from(state)]);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new Error(`Document ${name} already exists`);
      throw error;
    }
  }

  async exists(name: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM hyte_documents WHERE name = $1', [name]);
    return (rowCount ?? 0) > 0;
  }

  async read(name: string): Promise<Uint8Array[] | null> {
    // One snapshot for both reads: a compaction committing in between cannot drop rows from under it.
    return inTransaction(
      this.pool,
      async (client) => {
        const state = await client.query<{ state: Buffer }>('SELECT state FROM hyte_documents WHERE name = $1', [name]);
        const row = state.rows[0];
        if (!row) return null;
        const journal = await client.query<{ update: Buffer }>(
          'SELECT "update" FROM hyte_document_updates WHERE document = $1 ORDER BY id',
          [name],
        );
        return [bytes(row.state), ...journal.rows.map((r) => bytes(r.update))];
      },
      'REPEATABLE READ READ ONLY',
    );
  }

  async open(name: string): Promise<OpenedDocument | null> {
    const updates = await this.read(name);
    if (!updates) return null;
    const journal = new PgJournal(this.pool, name, this.writer, this.missedAfterSeconds, () => this.journals.delete(journal));
    this.journals.add(journal);
    return { updates, journal };
  }

  /**
   * Unlike files, rows cannot be torn by a crash: PostgreSQL's WAL makes each
   * commit whole, and data checksums (`initdb --data-checksums`, see
   * docs/deploy.md) catch damaged pages when they are read. Decoding every
   * document on every start of every instance would cost more than it finds,
   * so this only counts them; a damaged state fails its own load.
   */
  async verifyAll(): Promise<number> {
    const { rows } = await this.pool.query<{ count: string }>('SELECT count(*) AS count FROM hyte_documents');
    return Number(rows[0]?.count ?? 0);
  }

  /** Moves the rows in one statement: a row is in the journal or in `hyte_document_quarantine`, never lost between. */
  async quarantine(name: string, update: Uint8Array, reason: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `WITH moved AS (DELETE FROM hyte_document_updates WHERE document = $1 AND "update" = $2 RETURNING id, "update", writer, created_at)
       INSERT INTO hyte_document_quarantine (document, record, "update", writer, written_at, reason)
       SELECT $1, id, "update", writer, created_at, $3 FROM moved`,
      [name, Buffer.from(update), reason],
    );
    if ((rowCount ?? 0) > 0) return true;
    const state = await this.pool.query('SELECT 1 FROM hyte_documents WHERE name = $1 AND state = $2', [name, Buffer.from(update)]);
    if ((state.rowCount ?? 0) > 0) throw new NotAJournalRecordError(name);
    // Another process moved it a moment ago.
    return false;
  }

  async quarantined(): Promise<string[]> {
    const { rows } = await this.pool.query<{ document: string }>('SELECT DISTINCT document FROM hyte_document_quarantine ORDER BY document');
    return rows.map((row) => row.document);
  }

  async close(): Promise<void> {
    await Promise.all([...this.journals].map((journal) => journal.close()));
  }
}

/** Whether `snapshot` contains `update`; `null` for a row that is no Yjs update, which the next load moves to quarantine. */
function containsUpdate(snapshot: Y.Snapshot, update: Uint8Array): boolean | null {
  try {
    return Y.snapshotContainsUpdate(snapshot, update);
  } catch {
    return null;
  }
}

interface PendingAppend {
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

class PgJournal implements DocumentJournal {
  lastSeq = 0;
  compactedUpTo = 0;
  private queue: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  private closed: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly name: string,
    private readonly writer: string,
    private readonly missedAfterSeconds: number,
    private readonly onClose: () => void,
  ) {}

  append(update: Uint8Array): AppendTicket {
    const seq = ++this.lastSeq;
    if (this.closed) return { seq, durable: Promise.reject(new Error(`The journal of ${this.name} is closed`)) };
    const durable = new Promise<void>((resolve, reject) => this.queue.push({ update, resolve, reject }));
    this.kick();
    return { seq, durable };
  }

  private kick(): void {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = null;
      this.kick();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, MAX_BATCH);
    try {
      await this.pool.query(
        `INSERT INTO hyte_document_updates (document, "update", writer)
         SELECT $1, u, $3 FROM unnest($2::bytea[]) WITH ORDINALITY AS t(u, n) ORDER BY n`,
        [this.name, batch.map((b) => Buffer.from(b.update.buffer, b.update.byteOffset, b.update.byteLength)), this.writer],
      );
    } catch (error) {
      // Nothing of the batch is acknowledged; the clients send it again after reconnecting.
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const pending of batch) pending.resolve();
  }

  async compact(state: Uint8Array, upTo: number): Promise<Uint8Array[]> {
    if (upTo > this.lastSeq) throw new Error(`Cannot compact up to ${upTo}: only ${this.lastSeq} appended`);
    const missing = await inTransaction(this.pool, async (client) => {
      // Locks the document's state row: compactions of one document, from any process, run one at a time.
      const stored = await client.query<{ state: Buffer }>('SELECT state FROM hyte_documents WHERE name = $1 FOR UPDATE', [this.name]);
      const storedState = stored.rows[0];
      if (!storedState) throw new Error(`Document ${this.name} does not exist`);
      const journal = await client.query<JournalRow>(
        `SELECT id, writer, "update", created_at < now() - make_interval(secs => $2) AS settled
         FROM hyte_document_updates WHERE document = $1 ORDER BY id`,
        [this.name, this.missedAfterSeconds],
      );

      const merged = new Y.Doc();
      try {
        Y.applyUpdate(merged, state);
        let snapshot = Y.snapshot(merged);
        let newState = state;
        const previous = bytes(storedState.state);
        // Another process may have compacted updates this one has not received yet: keep them.
        if (!Y.snapshotContainsUpdate(snapshot, previous)) {
          Y.applyUpdate(merged, previous);
          newState = Y.encodeStateAsUpdate(merged);
          snapshot = Y.snapshot(merged);
        }
        const covered: string[] = [];
        const notCovered: JournalRow[] = [];
        for (const row of journal.rows) {
          const contained = containsUpdate(snapshot, bytes(row.update));
          // Garbage is neither dropped unseen nor handed back to be applied: it stays until a load sets it aside.
          if (contained === null) continue;
          if (contained) covered.push(row.id);
          else notCovered.push(row);
        }
        await client.query('UPDATE hyte_documents SET state = $2, compacted_at = now() WHERE name = $1', [this.name, Buffer.from(newState)]);
        if (covered.length > 0) await client.query('DELETE FROM hyte_document_updates WHERE id = ANY($1::bigint[])', [covered]);
        // This process's own uncovered rows are updates journaled but not applied yet: they will be.
        // Fresh rows of other processes are on their way through Redis.
        return notCovered.filter((row) => row.writer !== this.writer && row.settled).map((row) => bytes(row.update));
      } finally {
        merged.destroy();
      }
    });
    this.compactedUpTo = Math.max(this.compactedUpTo, upTo);
    return missing;
  }

  close(): Promise<void> {
    this.closed ??= (async () => {
      while (this.flushing) await this.flushing;
      this.onClose();
    })();
    return this.closed;
  }
}

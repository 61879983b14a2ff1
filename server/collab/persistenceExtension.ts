import type {
  Extension,
  afterHandleMessagePayload,
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import { parseDocumentName } from '../../shared/documentNames';
import type { DocumentStore } from '../storage/documentStore';
import { applyStoredUpdates, UnappliableStateError } from '../storage/quarantine';
import type { SocketContext } from './collabServer';
import type { ConnectionContext } from './authExtension';
import { CloseError, INVALID_UPDATE, STORAGE_UNAVAILABLE } from './closeEvents';
import { decodeUpdateOnce } from './decodedUpdate';
import { JournaledDocument } from './journaledDocument';
import { moduleLogger } from '../logging/logger';

const log = moduleLogger('persistence');

/** Marks updates replayed from storage, which must not be journaled again. */
const REPLAY_ORIGIN = Symbol('replay');
/** Consecutive failed compactions after which each failure is reported as an alarm. */
const ALARM_AFTER_FAILURES = 5;
const MAX_RETRY_MS = 60_000;

function isEmptyUpdate(update: Uint8Array): boolean {
  // An update with no structs and no deletions encodes as [0, 0].
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

function originSource(origin: unknown): unknown {
  return typeof origin === 'object' && origin !== null ? (origin as { source?: unknown }).source : undefined;
}

class UnknownDocumentError extends Error {}

/**
 * Updates that came from another server process (Hocuspocus' Redis extension
 * applies them with this origin) are already in the shared journal: the
 * process whose client sent them appended them before acknowledging.
 */
export const CATCH_UP_ORIGIN = { source: 'redis' as const, catchUp: true };

/**
 * Durable storage of every document. An update that arrives on the socket is
 * appended to the document's journal and fsynced (group commit) in
 * `beforeSync`, which Hocuspocus awaits before it applies the update and
 * acknowledges it: nothing a client saw acknowledged can be lost by a crash.
 * Updates made on the server are journaled from the document's update event.
 * The debounced `onStoreDocument` only compacts the journal into a snapshot.
 */
export class PersistenceExtension implements Extension {
  readonly extensionName = 'persistence';
  private readonly documents = new Map<string, JournaledDocument>();
  private readonly failures = new Map<string, number>();

  constructor(private readonly store: DocumentStore) {}

  async onLoadDocument({ documentName, document, context }: onLoadDocumentPayload<SocketContext>): Promise<void> {
    const opened = await this.openOrCreate(documentName).catch((error: unknown) => {
      // Storage unreachable for now: the client should retry, not be told it may not open the plan.
      if (!(error instanceof UnknownDocumentError)) context?.dropSocket?.();
      throw error;
    });
    let setAside: number;
    try {
      // A record that cannot be applied is moved to quarantine before anything can compact it away.
      setAside = await applyStoredUpdates(this.store, documentName, document, opened.updates, REPLAY_ORIGIN);
    } catch (error) {
      await opened.journal.close();
      // Storage failing while it moved a record is passing trouble; a state that cannot be applied is not.
      if (!(error instanceof UnappliableStateError)) context?.dropSocket?.();
      throw error;
    }
    // Hocuspocus buffers every update of the document for its next broadcast, the stored state too; by
    // then the opening connection is on the document and would get the whole plan a second time as an
    // "update" (289 KB more for a 420-measure plan, decoded again on the client while its table opens).
    // Nobody is on the document while it loads, so flushing now sends the load to no one.
    document.flush();
    const journaled = new JournaledDocument(opened.journal);
    // Copied aside already; compacting now takes them out of the open journal, so no later load meets them.
    if (setAside > 0) {
      await journaled.compact(() => Y.encodeStateAsUpdate(document)).catch((error: unknown) => {
        log.warn({ err: error, document: documentName }, 'compaction after setting records aside failed; they stay in the journal until the next one');
      });
    }
    this.documents.set(documentName, journaled);
    document.on('update', (update: Uint8Array, origin: unknown) => {
      // Connection updates were journaled in `beforeSync`; replicated ones by the process that received them.
      if (origin === REPLAY_ORIGIN || originSource(origin) === 'connection' || originSource(origin) === 'redis') return;
      journaled.appendLocal(update);
    });
  }

  private async openOrCreate(documentName: string) {
    const opened = await this.store.open(documentName);
    if (opened) return opened;
    // Plans are created through the REST API; a discussion starts empty on first use.
    if (parseDocumentName(documentName)?.kind !== 'discussion') {
      throw new UnknownDocumentError(`Document ${documentName} does not exist`);
    }
    await this.store.create(documentName, Y.encodeStateAsUpdate(new Y.Doc())).catch(async (error: unknown) => {
      // Another server process sharing the store created it a moment ago.
      if (!(await this.store.exists(documentName))) throw error;
    });
    const created = await this.store.open(documentName);
    if (!created) throw new Error(`Document ${documentName} vanished after creation`);
    return created;
  }

  async beforeSync({ connection, documentName, type, payload, context }: beforeSyncPayload<ConnectionContext>): Promise<void> {
    if (type !== messageYjsSyncStep2 && type !== messageYjsUpdate) return;
    // Hocuspocus refuses updates of read-only connections; they are not stored either.
    if (connection.readOnly || isEmptyUpdate(payload)) return;
    // Decoded in full, as applying would (about 6 µs for a keystroke, 0.9 ms for a whole Porvoo plan): shared
    // with the plan-text check, which decoded the same payload a moment ago.
    if (!decodeUpdateOnce(payload)) {
      log.warn({ document: documentName, user: context.user.id, bytes: payload.length }, 'refused an update that is not a valid Yjs update');
      // Neither journaled nor applied; the sender's connection to this document is closed with the reason.
      throw new CloseError(INVALID_UPDATE);
    }
    const journaled = this.documents.get(documentName);
    if (!journaled) throw new Error(`Document ${documentName} is not open for writing`);
    try {
      await journaled.appendFromConnection(connection, payload);
    } catch (error) {
      log.error({ err: error, document: documentName, alarm: true }, 'an update cannot be stored; it is refused, not acknowledged');
      // Closing the whole socket (not only this document's connection) makes the
      // provider reconnect with back-off and send its unsaved changes again.
      connection.webSocket.close(STORAGE_UNAVAILABLE.code, STORAGE_UNAVAILABLE.reason);
      throw error;
    }
  }

  async afterHandleMessage({ connection, documentName }: afterHandleMessagePayload): Promise<void> {
    this.documents.get(documentName)?.markApplied(connection);
  }

  async onStoreDocument(payload: onStoreDocumentPayload): Promise<void> {
    const { documentName, document, instance } = payload;
    const journaled = this.documents.get(documentName);
    if (!journaled) return;
    try {
      const missing = await journaled.compact(() => Y.encodeStateAsUpdate(document));
      this.failures.delete(documentName);
      if (missing.length > 0 && instance.documents.get(documentName) === document) {
        // Stored by another process that stopped before Redis carried them here (e.g. killed):
        // apply them, so that this process's clients see every acknowledged edit too.
        log.warn({ document: documentName, updates: missing.length }, 'applying stored updates that did not arrive through Redis');
        Y.applyUpdate(document, Y.mergeUpdates(missing), CATCH_UP_ORIGIN);
      }
    } catch (error) {
      const count = (this.failures.get(documentName) ?? 0) + 1;
      this.failures.set(documentName, count);
      // The journal still holds every update, so nothing is lost. Hocuspocus keeps
      // the document in memory but retries only on the next change: retry here too.
      const retryMs = Math.min(MAX_RETRY_MS, 1000 * 2 ** (count - 1));
      const fields = { err: error, document: documentName, failures: count, retryMs };
      if (count >= ALARM_AFTER_FAILURES) log.error({ ...fields, alarm: true }, 'compaction keeps failing; retrying');
      else log.warn(fields, 'compaction failed; retrying');
      setTimeout(() => {
        if (instance.documents.get(documentName) === document) void instance.storeDocumentHooks(document, payload, true);
      }, retryMs).unref();
      throw error;
    }
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    const journaled = this.documents.get(documentName);
    this.documents.delete(documentName);
    await journaled?.close();
  }

  /** Resolves once every server-side update made so far to this document is durable. */
  async whenDurable(documentName: string): Promise<void> {
    await this.documents.get(documentName)?.whenLocalDurable();
  }

  async onDestroy(): Promise<void> {
    await Promise.all([...this.documents.values()].map((d) => d.close()));
    this.documents.clear();
  }
}

import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { planDocumentName } from '../../shared/documentNames';
import type { PersonRef } from '../../shared/people';
import { readBodyJSON, readPlanData, type PlanData } from '../../shared/plan';
import { sanitizePlanText } from '../../shared/editor/sanitizePlanText';
import type { TableAuditExtension } from '../audit/tableAuditExtension';
import type { DocumentStore } from '../storage/documentStore';
import { applyStoredUpdates } from '../storage/quarantine';
import { moduleLogger } from '../logging/logger';
import type { PersistenceExtension } from './persistenceExtension';
import type { RedisCluster } from './redisCluster';

const log = moduleLogger('collab');

/**
 * The one way into plan and discussion documents for everything that is not
 * a socket (REST routes, exports, versions, comments, the first start): a
 * read sees the live document when it is open, since it holds edits not yet
 * compacted, and a change goes through Hocuspocus so that every editor gets
 * it live and it is journaled before the caller is answered. Nothing outside
 * server/collab holds Hocuspocus or one of its extensions.
 */
export class DocumentGateway {
  constructor(
    private readonly documents: DocumentStore,
    private readonly hocuspocus: Hocuspocus,
    private readonly persistence: PersistenceExtension,
    private readonly tableAudit: Pick<TableAuditExtension, 'flush'>,
    private readonly cluster: Pick<RedisCluster, 'publish' | 'onSignal'> | null = null,
  ) {
    cluster?.onSignal((signal) => {
      if (signal.type === 'stateless') this.hocuspocus.documents.get(signal.documentName)?.relayStateless(signal.payload);
    });
  }

  /** Stores the first state of a document that no one can have open yet (a new plan's). */
  create(name: string, doc: Y.Doc): Promise<void> {
    return this.documents.create(name, Y.encodeStateAsUpdate(doc));
  }

  /** The plan's structured data from the live document if it is open, else from storage. */
  planData(planId: string, options: { includeBody: boolean }): Promise<PlanData> {
    return this.read(planId, (doc) => {
      const data = readPlanData(doc, planId);
      // Readers get only schema-valid text, whatever a damaged document holds.
      return options.includeBody ? { ...data, body: sanitizePlanText(readBodyJSON(doc)) } : data;
    });
  }

  /** Reads the plan document: see `readDocument`. */
  read<T>(planId: string, read: (doc: Y.Doc) => T): Promise<T> {
    return this.readDocument(planDocumentName(planId), read);
  }

  /**
   * Reads the live document if it is open (it holds edits not yet compacted),
   * else the stored one; a document never stored reads as empty.
   */
  async readDocument<T>(name: string, read: (doc: Y.Doc) => T): Promise<T> {
    const live = this.hocuspocus.documents.get(name);
    if (live) return read(live);
    const updates = (await this.documents.read(name)) ?? [];
    const doc = new Y.Doc();
    try {
      // The same robust loading as opening it: a record that cannot be applied is set aside, not a 500.
      await applyStoredUpdates(this.documents, name, doc, updates);
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Changes the plan document: see `changeDocument`. */
  change<T>(planId: string, change: (doc: Y.Doc) => T, actor: PersonRef): Promise<T> {
    return this.changeDocument(planDocumentName(planId), change, actor);
  }

  /**
   * Changes a document on the server as one transaction that every connected
   * editor receives live; resolves once the change is durable. The actor
   * travels in the transaction origin (`{source: 'local', context: {actor}}`)
   * for the audit trail.
   */
  async changeDocument<T>(name: string, change: (doc: Y.Doc) => T, actor: PersonRef): Promise<T> {
    const connection = await this.hocuspocus.openDirectConnection(name, { actor });
    try {
      let result: T | undefined;
      await connection.transact((doc) => {
        result = change(doc);
      });
      await this.persistence.whenDurable(name);
      return result as T;
    } finally {
      // The change is durable already: storing and unloading need not hold up the answer. (With
      // several processes they wait, on purpose, about two seconds for Redis to carry the change.)
      void connection.disconnect().catch((error: unknown) => log.error({ err: error, document: name }, 'closing the server connection failed'));
    }
  }

  /**
   * Tells the sockets that have the plan open something that is not an edit
   * (a Hocuspocus stateless message): those of this process, and through
   * Redis those of every other. Not `Document.broadcastStateless`: the Redis
   * extension relays that only from a document loaded here, and a round's
   * answer usually arrives at a process where no one has the plan open (it
   * would have to load the document just to say something). So this process
   * sends to its own sockets without the extension's hook, and the others
   * get it on the cluster's signal channel and do the same; a process that
   * does not hold the plan ignores it.
   */
  signal(planId: string, payload: string): void {
    const documentName = planDocumentName(planId);
    this.hocuspocus.documents.get(documentName)?.relayStateless(payload);
    void this.cluster?.publish({ type: 'stateless', documentName, payload });
  }

  /**
   * Writes out the plan's table edits still summarised in memory (a burst of
   * typing), so that an audit read is complete.
   */
  flushAudit(planId: string): Promise<void> {
    return this.tableAudit.flush(planId);
  }

  /** What this process holds open now, for `/api/metrics`. */
  openCounts(): { documentsLoaded: number; connections: number } {
    return { documentsLoaded: this.hocuspocus.getDocumentsCount(), connections: this.hocuspocus.getConnectionsCount() };
  }
}

import * as Y from 'yjs';
import { moduleLogger } from '../logging/logger';
import type { DocumentStore } from './documentStore';

const log = moduleLogger('quarantine');

/** The compacted state itself cannot be applied: no record to set aside, the document cannot be loaded. */
export class UnappliableStateError extends Error {
  constructor(document: string, cause: unknown) {
    super(`The stored state of ${document} cannot be applied: ${describe(cause)}`, { cause });
    this.name = 'UnappliableStateError';
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Applies a document's stored updates (its state, then its journal records)
 * one at a time. A record that cannot be applied, such as garbage an older
 * version journaled or damage its checksum did not catch, is moved to the
 * store's quarantine and raised as an alarm, and the rest of the document
 * loads: one bad record must not make a plan unopenable. Each update is
 * decoded in full before it is applied, so garbage cannot leave half of
 * itself in the document (Yjs integrates structs before it reads the delete
 * set). Resolves with the number of records set aside.
 */
export async function applyStoredUpdates(
  store: DocumentStore,
  document: string,
  doc: Y.Doc,
  updates: Uint8Array[],
  origin?: unknown,
): Promise<number> {
  let setAside = 0;
  for (const update of updates) {
    try {
      Y.decodeUpdate(update);
      Y.applyUpdate(doc, update, origin);
    } catch (error) {
      let moved: boolean;
      try {
        moved = await store.quarantine(document, update, describe(error));
      } catch (notARecord) {
        if (!(notARecord instanceof NotAJournalRecordError)) throw notARecord;
        log.error({ alarm: true, document, err: error }, 'the stored state of a document cannot be applied; it cannot be loaded');
        throw new UnappliableStateError(document, error);
      }
      setAside++;
      const fields = { document, bytes: update.length, err: error };
      // Seen again (read before the record left the journal): one alarm per record is enough.
      if (moved) log.error({ ...fields, alarm: true }, 'a stored update cannot be applied: moved to quarantine, the rest of the document loads');
      else log.warn(fields, 'a stored update that cannot be applied is already in quarantine');
    }
  }
  return setAside;
}

/** What `DocumentStore.quarantine` rejects with when `update` is no journal record of the document (its state, say). */
export class NotAJournalRecordError extends Error {
  constructor(document: string) {
    super(`The update is not in the journal of ${document}`);
    this.name = 'NotAJournalRecordError';
  }
}

/** The `/api/ready` check: not ready while any document has records in quarantine, so that an operator looks. */
export function quarantineCheck(store: DocumentStore): () => Promise<string | null> {
  return async () => {
    const documents = await store.quarantined();
    if (documents.length === 0) return null;
    return `records that cannot be applied were set aside in ${documents.join(', ')} (see docs/operations.md, "Quarantine")`;
  };
}

import type { Extension, afterLoadDocumentPayload, afterUnloadDocumentPayload } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { parseDocumentName } from '../../shared/documentNames';
import type { PersonRef } from '../../shared/people';
import { getFocusAreaMap, getGoalMap, getMeasureMap, isTypedField } from '../../shared/plan';
import type { AuditEntry, AuditLog } from '../storage/auditLog';
import { collectionValues, entityChanges, entityValues, touchedIds, type EntityValues, type TableEntity } from './tableChanges';

/** A typed field's edits by one user are one entry once they pause this long. */
const BURST_MS = 4000;

/** The user behind a transaction: a socket connection's user, or the actor of a server-side change. */
function actorOf(origin: unknown): PersonRef | null {
  if (typeof origin !== 'object' || origin === null) return null;
  const o = origin as { source?: string; connection?: { context?: { user?: PersonRef } }; context?: { actor?: PersonRef } };
  const who = o.source === 'connection' ? o.connection?.context?.user : o.source === 'local' ? o.context?.actor : null;
  return who ? { id: who.id, name: who.name } : null;
}

/** The meeting a connection's change was made in, as the server checked and set it on the connection (never what a client says). */
function meetingOf(origin: unknown): string | undefined {
  const o = origin as { source?: string; connection?: { context?: { meetingId?: unknown } } } | null;
  const meetingId = o?.source === 'connection' ? o.connection?.context?.meetingId : undefined;
  return typeof meetingId === 'string' ? meetingId : undefined;
}

interface PendingBurst {
  entry: AuditEntry;
  timer: NodeJS.Timeout;
}

/**
 * Records every change of the measure table with the user whose connection
 * made it (taken from the transaction origin on the server, so a client
 * cannot claim to be someone else), the old and the new value.
 */
export class TableAuditExtension implements Extension {
  readonly extensionName = 'table-audit';
  private readonly bursts = new Map<string, PendingBurst>();
  private readonly detach = new Map<string, () => void>();

  constructor(private readonly audit: AuditLog) {}

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    const target = parseDocumentName(documentName);
    if (target?.kind !== 'plan') return;
    const collections: [TableEntity, Y.Map<unknown>][] = [
      ['focusArea', getFocusAreaMap(document)],
      ['goal', getGoalMap(document)],
      ['measure', getMeasureMap(document)],
    ];
    const unobserve = collections.map(([kind, collection]) => {
      const shadow = collectionValues(kind, collection);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
        // A change replicated from another server process was recorded there, by the process its client used.
        const replicated = (transaction.origin as { source?: unknown } | null)?.source === 'redis';
        const by = { user: actorOf(transaction.origin), meetingId: meetingOf(transaction.origin) };
        this.onTableChange(target.planId, kind, collection, shadow, touchedIds(collection, events), by, !replicated);
      };
      collection.observeDeep(observer);
      return () => collection.unobserveDeep(observer);
    });
    this.detach.set(documentName, () => unobserve.forEach((stop) => stop()));
  }

  private onTableChange(
    planId: string,
    kind: TableEntity,
    collection: Y.Map<unknown>,
    shadow: Map<string, EntityValues>,
    ids: Set<string>,
    { user, meetingId }: { user: PersonRef | null; meetingId?: string },
    record = true,
  ): void {
    const at = new Date().toISOString();
    for (const id of ids) {
      const value = collection.get(id);
      const after = value && typeof value === 'object' && 'get' in value ? entityValues(kind, value as Y.Map<unknown>) : undefined;
      for (const change of record ? entityChanges(id, shadow.get(id), after) : []) {
        const entry: AuditEntry = { at, user, entity: kind, ...change, ...(meetingId ? { meetingId } : {}) };
        // Typed fields change on every keystroke (a Y.Text edit or, for the schedule, the whole string): one entry per burst.
        if (isTypedField(change.field)) this.extendBurst(planId, entry);
        else void this.audit.record(planId, entry);
      }
      if (after) shadow.set(id, after);
      else shadow.delete(id);
    }
  }

  private extendBurst(planId: string, entry: AuditEntry): void {
    const key = `${planId}|${entry.user?.id ?? ''}|${entry.entity}|${entry.entityId}|${entry.field}`;
    const pending = this.bursts.get(key);
    if (pending) clearTimeout(pending.timer);
    // The burst keeps the value from before its first keystroke.
    const merged: AuditEntry = pending ? { ...entry, from: pending.entry.from } : entry;
    const timer = setTimeout(() => this.flushBurst(planId, key), BURST_MS);
    timer.unref();
    this.bursts.set(key, { entry: merged, timer });
  }

  private flushBurst(planId: string, key: string): Promise<void> {
    const pending = this.bursts.get(key);
    if (!pending) return Promise.resolve();
    clearTimeout(pending.timer);
    this.bursts.delete(key);
    if (pending.entry.from === pending.entry.to) return Promise.resolve();
    return this.audit.record(planId, pending.entry);
  }

  /** Writes out unfinished bursts, e.g. before a report is read or the server stops. */
  async flush(planId?: string): Promise<void> {
    await Promise.all(
      [...this.bursts.keys()].filter((key) => !planId || key.startsWith(`${planId}|`)).map((key) => this.flushBurst(key.split('|')[0]!, key)),
    );
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.detach.get(documentName)?.();
    this.detach.delete(documentName);
    const target = parseDocumentName(documentName);
    if (target) await this.flush(target.planId);
  }

  async onDestroy(): Promise<void> {
    await this.flush();
  }
}

import type { Connection, Extension, connectedPayload } from '@hocuspocus/server';
import { parseDocumentName, type DocumentKind } from '../../shared/documentNames';
import type { ConnectionContext } from './authExtension';
import { ACCESS_REMOVED, SESSION_ENDED } from './closeEvents';

export interface TrackedConnection {
  connection: Connection;
  userId: string;
  sessionId: string;
  planId: string;
  kind: DocumentKind;
}

export type ConnectionRight = 'close' | 'read-only' | 'read-write';

/**
 * Every open connection with its user, session and plan, so that signing
 * out, removing a user or changing a role takes effect on open sockets at
 * once instead of at the next reconnect.
 */
export class ConnectionRegistry implements Extension {
  readonly extensionName = 'connection-registry';
  private readonly open = new Set<TrackedConnection>();

  async connected({ connection, context, documentName }: connectedPayload<ConnectionContext>): Promise<void> {
    // A meeting's plan was resolved when it authenticated.
    const target = context.target ?? parseDocumentName(documentName);
    if (!target) return;
    const tracked: TrackedConnection = {
      connection,
      userId: context.user.id,
      sessionId: context.sessionId,
      planId: target.planId,
      kind: target.kind,
    };
    this.open.add(tracked);
    connection.onClose(() => this.open.delete(tracked));
  }

  closeSession(sessionId: string): void {
    for (const tracked of this.open) if (tracked.sessionId === sessionId) tracked.connection.close(SESSION_ENDED);
  }

  /** Applies `decide` to every open connection: close it, or set whether it may write. */
  async reevaluate(decide: (tracked: TrackedConnection) => Promise<ConnectionRight>): Promise<void> {
    for (const tracked of [...this.open]) {
      const right = await decide(tracked);
      if (right === 'close') tracked.connection.close(ACCESS_REMOVED);
      // Hocuspocus reads `readOnly` for every incoming message, so this applies to the very next update.
      else tracked.connection.readOnly = right === 'read-only';
    }
  }
}

import type { Connection, Extension, connectedPayload } from '@hocuspocus/server';
import type { ConnectionContext } from './authExtension';

/** Tracks open connections per session so that signing out closes them at once. */
export class SessionConnections implements Extension {
  readonly extensionName = 'session-connections';
  private readonly bySession = new Map<string, Set<Connection>>();

  async connected({ connection, context }: connectedPayload<ConnectionContext>): Promise<void> {
    const { sessionId } = context;
    let connections = this.bySession.get(sessionId);
    if (!connections) this.bySession.set(sessionId, (connections = new Set()));
    connections.add(connection);
    connection.onClose(() => {
      connections.delete(connection);
      if (connections.size === 0 && this.bySession.get(sessionId) === connections) this.bySession.delete(sessionId);
    });
  }

  closeSession(sessionId: string): void {
    for (const connection of this.bySession.get(sessionId) ?? []) {
      connection.close({ code: 4401, reason: 'Session ended' });
    }
  }
}

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Closes the socket; local edits pile up until `goOnline`. */
  goOffline(): void;
  goOnline(): Promise<void>;
  readonly online: boolean;
  destroy(): void;
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A real @hocuspocus/provider client over a real WebSocket, synced before it is returned. */
export async function connectClient(
  url: string,
  documentName: string,
  token: string,
  options: { reconnect?: boolean } = {},
): Promise<TestClient> {
  const doc = new Y.Doc();
  // By default tests decide when to reconnect; `reconnect` behaves like a browser tab (retries with back-off).
  const websocketProvider = new HocuspocusProviderWebsocket({
    url,
    ...(options.reconnect ? { delay: 50, minDelay: 50, factor: 1.5, maxDelay: 500, maxAttempts: 0 } : { maxAttempts: 1 }),
  });
  let failure: string | null = null;
  const provider = new HocuspocusProvider({
    websocketProvider,
    name: documentName,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      failure = reason;
    },
  });
  provider.attach();
  const destroy = () => {
    provider.destroy();
    websocketProvider.destroy();
  };
  try {
    await waitFor(() => provider.isSynced || failure !== null, `sync of ${documentName}`);
  } catch (error) {
    destroy();
    throw error;
  }
  if (failure !== null) {
    destroy();
    throw new Error(`Authentication failed: ${failure}`);
  }
  let online = true;
  return {
    doc,
    provider,
    destroy,
    get online() {
      return online;
    },
    goOffline() {
      online = false;
      websocketProvider.disconnect();
    },
    async goOnline() {
      online = true;
      // `disconnect()` only starts the close handshake. Until the close event has arrived the socket still counts
      // as connected, `connect()` returns at once and nothing reconnects: wait for the close to finish first.
      await waitFor(() => websocketProvider.status === WebSocketStatus.Disconnected, `close of ${documentName}`);
      await websocketProvider.connect();
      await waitFor(() => provider.isSynced, `resync of ${documentName}`);
    },
  };
}

/** Acknowledged: the server has confirmed every local change (the "all saved" state). */
export function waitForAcknowledged(client: TestClient, timeoutMs?: number): Promise<void> {
  return waitFor(() => !client.provider.hasUnsyncedChanges, 'acknowledgement', timeoutMs);
}

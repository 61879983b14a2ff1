import { useEffect, useState } from 'react';
import { WebSocketStatus, type HocuspocusProvider } from '@hocuspocus/provider';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'offline' }
  | { kind: 'unsaved'; count: number }
  | { kind: 'saved' };

/**
 * A change counts as saved once the server has acknowledged it
 * (`unsyncedChanges` back to 0), which is what the provider tracks.
 */
function read(provider: HocuspocusProvider, status: WebSocketStatus, everConnected: boolean): ConnectionState {
  if (status !== WebSocketStatus.Connected) return everConnected ? { kind: 'offline' } : { kind: 'connecting' };
  if (!provider.isSynced) return { kind: 'connecting' };
  if (provider.unsyncedChanges > 0) return { kind: 'unsaved', count: provider.unsyncedChanges };
  return { kind: 'saved' };
}

// Every keystroke is unacknowledged for a few milliseconds; showing (and
// announcing) that would make the indicator flicker while someone types.
const UNSAVED_DELAY_MS = 600;

export function useConnectionState(provider: HocuspocusProvider): ConnectionState {
  const [state, setState] = useState<ConnectionState>({ kind: 'connecting' });

  useEffect(() => {
    let status = provider.configuration.websocketProvider.status;
    let everConnected = status === WebSocketStatus.Connected;
    let pending: ReturnType<typeof setTimeout> | undefined;

    const update = () => {
      const next = read(provider, status, everConnected);
      if (next.kind !== 'unsaved') {
        clearTimeout(pending);
        pending = undefined;
        setState(next);
        return;
      }
      pending ??= setTimeout(() => {
        pending = undefined;
        setState(read(provider, status, everConnected));
      }, UNSAVED_DELAY_MS);
    };
    const onStatus = (event: { status: WebSocketStatus }) => {
      status = event.status;
      if (status === WebSocketStatus.Connected) everConnected = true;
      update();
    };

    provider.on('status', onStatus);
    provider.on('synced', update);
    provider.on('unsyncedChanges', update);
    update();
    return () => {
      clearTimeout(pending);
      provider.off('status', onStatus);
      provider.off('synced', update);
      provider.off('unsyncedChanges', update);
    };
  }, [provider]);

  return state;
}

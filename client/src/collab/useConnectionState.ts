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
function read(provider: HocuspocusProvider, status: WebSocketStatus, cutOff: boolean): ConnectionState {
  if (status !== WebSocketStatus.Connected) {
    // Opened without a network (from the offline copy): offline, not "connecting" for ever.
    return cutOff || !navigator.onLine ? { kind: 'offline' } : { kind: 'connecting' };
  }
  if (!provider.isSynced) return { kind: 'connecting' };
  if (provider.unsyncedChanges > 0) return { kind: 'unsaved', count: provider.unsyncedChanges };
  return { kind: 'saved' };
}

// Every keystroke is unacknowledged for a few milliseconds; showing (and
// announcing) that would make the indicator flicker while someone types.
const UNSAVED_DELAY_MS = 600;

const sameState = (a: ConnectionState, b: ConnectionState): boolean =>
  a.kind === b.kind && (a.kind !== 'unsaved' || a.count === (b as typeof a).count);

export function useConnectionState(provider: HocuspocusProvider): ConnectionState {
  const [state, setLatest] = useState<ConnectionState>({ kind: 'connecting' });

  useEffect(() => {
    // Each acknowledged keystroke reads "saved" again: the same state keeps its object, so the plan's page is not rendered again for it.
    const setState = (next: ConnectionState) => setLatest((previous) => (sameState(previous, next) ? previous : next));
    let status = provider.configuration.websocketProvider.status;
    // Connected once, or an attempt failed (the server unreachable though the browser thinks it is online).
    let cutOff = status === WebSocketStatus.Connected;
    let pending: ReturnType<typeof setTimeout> | undefined;

    const update = () => {
      const next = read(provider, status, cutOff);
      if (next.kind !== 'unsaved') {
        clearTimeout(pending);
        pending = undefined;
        setState(next);
        return;
      }
      pending ??= setTimeout(() => {
        pending = undefined;
        setState(read(provider, status, cutOff));
      }, UNSAVED_DELAY_MS);
    };
    const onStatus = (event: { status: WebSocketStatus }) => {
      status = event.status;
      if (status !== WebSocketStatus.Connecting) cutOff = true;
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

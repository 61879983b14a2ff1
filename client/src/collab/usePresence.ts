import { useEffect, useState } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { AwarenessUser } from './usePlanProvider';

export interface Participant extends AwarenessUser {
  isSelf: boolean;
}

function isAwarenessUser(value: unknown): value is AwarenessUser {
  if (typeof value !== 'object' || value === null) return false;
  const user = value as Record<string, unknown>;
  return typeof user.id === 'string' && typeof user.name === 'string' && typeof user.color === 'string';
}

/**
 * Everyone whose client is in the plan now, one entry per user even when they
 * have it open in several tabs; the local user first.
 */
function participants(provider: HocuspocusProvider): Participant[] {
  const awareness = provider.awareness;
  if (!awareness) return [];
  const selfId = awareness.getLocalState()?.user?.id as string | undefined;
  const byId = new Map<string, Participant>();
  for (const state of awareness.getStates().values()) {
    const user: unknown = state.user;
    if (isAwarenessUser(user) && !byId.has(user.id)) {
      byId.set(user.id, { id: user.id, name: user.name, color: user.color, isSelf: user.id === selfId });
    }
  }
  return [...byId.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}

/** `next`, or `previous` when it holds the same people. */
function sameParticipants(previous: Participant[], next: Participant[]): Participant[] {
  const same =
    previous.length === next.length &&
    previous.every((p, i) => p.id === next[i]!.id && p.name === next[i]!.name && p.color === next[i]!.color && p.isSelf === next[i]!.isSelf);
  return same ? previous : next;
}

export function usePresence(provider: HocuspocusProvider): Participant[] {
  const [list, setList] = useState<Participant[]>(() => participants(provider));
  useEffect(() => {
    // Awareness changes with every caret move and focus of anyone here; the list changes only when people come and go.
    const update = () => setList((previous) => sameParticipants(previous, participants(provider)));
    provider.on('awarenessChange', update);
    update();
    return () => {
      provider.off('awarenessChange', update);
    };
  }, [provider]);
  return list;
}

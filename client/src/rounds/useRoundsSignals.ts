import { useEffect } from 'react';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { ROUNDS_SIGNAL, type RoundsSignal } from '../../../shared/api/rounds';
import { planFreshnessOf } from './planFreshness';
import { planProposalsOf } from './planProposals';

/** The server's message on the plan's socket when its rounds change, or null for any other. */
export function readRoundsSignal(payload: string): RoundsSignal | null {
  try {
    const message = JSON.parse(payload) as Partial<RoundsSignal> | null;
    if (message?.type !== ROUNDS_SIGNAL) return null;
    const { updated } = message;
    const valid = updated && Array.isArray(updated.measureIds) && typeof updated.at === 'string';
    return {
      type: ROUNDS_SIGNAL,
      proposalsChanged: message.proposalsChanged === true,
      roundOpened: message.roundOpened === true,
      updated: valid ? { measureIds: updated.measureIds.map(String), at: updated.at } : null,
    };
  } catch {
    return null;
  }
}

/**
 * Keeps the plan's proposals and status dates following the socket: the
 * server's signal (a round opened, an answer came in, one was decided
 * elsewhere) fetches what it changed again; once the socket is back in sync
 * after being away, both are fetched again, since signals may have been missed.
 */
export function useRoundsSignals(provider: HocuspocusProvider, planId: string): void {
  useEffect(() => {
    const proposals = planProposalsOf(provider.document, planId);
    const freshness = planFreshnessOf(provider.document, planId);
    freshness.followSocket(() => provider.synced);
    let wasSynced = provider.synced;
    const onStateless = ({ payload }: { payload: string }) => {
      const signal = readRoundsSignal(payload);
      if (!signal) return;
      if (signal.proposalsChanged) proposals.refresh();
      if (signal.roundOpened) freshness.refresh();
      if (signal.updated) freshness.confirmed(signal.updated);
    };
    const onSynced = () => {
      // The first sync is the page's own load, which fetched already.
      if (wasSynced) {
        proposals.refresh();
        freshness.refresh();
      }
      wasSynced = true;
    };
    provider.on('stateless', onStateless);
    provider.on('synced', onSynced);
    return () => {
      provider.off('stateless', onStateless);
      provider.off('synced', onSynced);
    };
  }, [provider, planId]);
}

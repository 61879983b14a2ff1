import { ROUNDS_SIGNAL, type RoundsSignal } from '../../shared/api/rounds';
import type { DocumentGateway } from '../collab/documentGateway';

/**
 * Tells the plan's open tables that its rounds changed, so that their
 * proposal markers and status dates follow without anyone reloading.
 * `updated` names the measures whose status an accepted or directly applied
 * answer confirmed, for their "last updated" even when the status stayed.
 */
export function signalRounds(documents: Pick<DocumentGateway, 'signal'>, planId: string, change: Partial<Omit<RoundsSignal, 'type'>>): void {
  const signal: RoundsSignal = { type: ROUNDS_SIGNAL, proposalsChanged: false, roundOpened: false, updated: null, ...change };
  documents.signal(planId, JSON.stringify(signal));
}

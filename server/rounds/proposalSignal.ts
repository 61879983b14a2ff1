import { PROPOSALS_CHANGED, type ProposalsChangedSignal } from '../../shared/api/rounds';
import type { DocumentGateway } from '../collab/documentGateway';

/**
 * Tells the plan's open tables that its proposals changed, so that their
 * markers follow without anyone reloading; `updated` names the measures
 * whose status an accepted or directly applied answer confirmed, for their
 * "last updated" even when the status stayed the same.
 */
export function signalProposals(documents: Pick<DocumentGateway, 'signal'>, planId: string, updated: ProposalsChangedSignal['updated'] = null): void {
  documents.signal(planId, JSON.stringify({ type: PROPOSALS_CHANGED, updated } satisfies ProposalsChangedSignal));
}

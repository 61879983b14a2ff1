import type * as Y from 'yjs';
import { listPlanProposals, type PlanProposal } from './api';
import { PlanWideFetch } from './planWideFetch';

const NONE: readonly PlanProposal[] = [];

/**
 * The pending proposals (answers of status rounds waiting for an editor) of
 * one plan, for the measure table's markers: fetched once for the whole plan
 * however many rows show them, and again when the server says they changed
 * (`useRoundsSignals`), when the socket has been away, and when the window
 * gets the focus back (a signal may have been missed: see
 * `DocumentGateway.signal`). Each row reads its own measure's list, which
 * stays the same array until that measure's proposals change, so a new
 * answer re-renders only the rows it concerns.
 */
export class PlanProposals {
  private byMeasure = new Map<string, readonly PlanProposal[]>();
  private readonly fetcher: PlanWideFetch<PlanProposal[]>;

  constructor(planId: string) {
    const onFocus = () => this.refresh();
    this.fetcher = new PlanWideFetch(
      () => listPlanProposals(planId),
      (proposals) => this.take(groupKeepingUnchanged(proposals, this.byMeasure)),
      { first: () => window.addEventListener('focus', onFocus), none: () => window.removeEventListener('focus', onFocus) },
    );
  }

  subscribe = (listener: () => void): (() => void) => this.fetcher.subscribe(listener);

  /** The measure's pending proposals, newest first. */
  forMeasure = (measureId: string): readonly PlanProposal[] => this.byMeasure.get(measureId) ?? NONE;

  refresh = (): void => this.fetcher.refresh();

  /** An editor here decided it: its marker goes at once, before the fetch that confirms it. */
  decided(proposal: PlanProposal): void {
    const left = this.forMeasure(proposal.measureId).filter((p) => p.id !== proposal.id);
    const next = new Map(this.byMeasure);
    if (left.length === 0) next.delete(proposal.measureId);
    else next.set(proposal.measureId, left);
    if (this.take(next)) this.fetcher.notify();
    this.refresh();
  }

  private take(next: Map<string, readonly PlanProposal[]>): boolean {
    const changed = next.size !== this.byMeasure.size || [...next].some(([id, list]) => this.byMeasure.get(id) !== list);
    this.byMeasure = next;
    return changed;
  }
}

/** The proposals by measure, newest first, each measure's list the previous array when it holds the same proposals. */
export function groupKeepingUnchanged(proposals: readonly PlanProposal[], previous: ReadonlyMap<string, readonly PlanProposal[]>): Map<string, readonly PlanProposal[]> {
  const grouped = new Map<string, PlanProposal[]>();
  for (const p of [...proposals].sort((a, b) => b.at.localeCompare(a.at))) grouped.set(p.measureId, [...(grouped.get(p.measureId) ?? []), p]);
  const next = new Map<string, readonly PlanProposal[]>();
  for (const [measureId, list] of grouped) {
    const before = previous.get(measureId);
    // A pending proposal never changes: a corrected answer is a new one with a new id.
    const same = before !== undefined && before.length === list.length && before.every((p, i) => p.id === list[i]!.id);
    next.set(measureId, same ? before : list);
  }
  return next;
}

const stores = new WeakMap<Y.Doc, PlanProposals>();

/** The proposals of a plan document: one per document, shared by every row and the socket's signals. */
export function planProposalsOf(doc: Y.Doc, planId: string): PlanProposals {
  let store = stores.get(doc);
  if (!store) {
    store = new PlanProposals(planId);
    stores.set(doc, store);
  }
  return store;
}

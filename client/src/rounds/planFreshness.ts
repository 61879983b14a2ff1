import type * as Y from 'yjs';
import { getMeasureMap } from '../../../shared/plan';
import type { FreshnessRound, MeasureFreshness, RoundsSignal } from '../../../shared/api/rounds';
import { getMeasureFreshness } from './api';
import { PlanWideFetch } from './planWideFetch';

/** The plan's current round, its measures as a set for the rows to look up. */
export interface CurrentRound extends Omit<FreshnessRound, 'measureIds'> {
  measureIds: ReadonlySet<string>;
}

/** Updates this close to the one known are the same to the reader. */
const SAME_MOMENT_MS = 60_000;

/** A change of these fields of a measure is an update of its status. */
const STATUS_FIELDS = new Set(['status', 'statusNote']);

/**
 * When each measure's status was last updated, and the plan's current round:
 * fetched once for the whole plan (the server reads the audit trail once),
 * then kept live here rather than fetched again for every change: a change
 * of a status or status note seen in the document counts from the moment it
 * is seen, and an answer that confirmed a status without changing it comes
 * with the server's signal. A new round is fetched again. What arrives while
 * the socket catches up after being away happened earlier: it is not
 * counted, and the dates are fetched again instead.
 */
export class PlanFreshness {
  private updatedAt = new Map<string, string>();
  private round: CurrentRound | null = null;
  private readonly fetcher: PlanWideFetch<MeasureFreshness>;
  /** Whether others' changes arriving now are live; until the socket says so, none are. */
  private live: () => boolean = () => false;

  constructor(doc: Y.Doc, planId: string) {
    this.fetcher = new PlanWideFetch(
      () => getMeasureFreshness(planId),
      (answer) => {
        const fetched = new Map(Object.entries(answer.statusUpdatedAt));
        // A change seen here while the answer was on its way is newer than the answer.
        for (const [id, at] of this.updatedAt) {
          const known = fetched.get(id);
          if (known === undefined || known < at) fetched.set(id, at);
        }
        this.updatedAt = fetched;
        this.round = answer.currentRound && { ...answer.currentRound, measureIds: new Set(answer.currentRound.measureIds) };
        return true;
      },
    );
    getMeasureMap(doc).observeDeep((events, transaction) => {
      if (transaction.local || this.live()) this.mark(statusChanges(events), new Date().toISOString());
    });
  }

  subscribe = (listener: () => void): (() => void) => this.fetcher.subscribe(listener);

  /** When the measure's status was last updated (ISO 8601), undefined when nothing is known. */
  updatedAtOf = (measureId: string): string | undefined => this.updatedAt.get(measureId);

  currentRound = (): CurrentRound | null => this.round;

  /** The socket tells whether others' changes arriving now are live (in sync) or a catch-up. */
  followSocket(isLive: () => boolean): void {
    this.live = isLive;
  }

  /** The server confirmed these measures' statuses (an accepted or directly applied answer). */
  confirmed(updated: NonNullable<RoundsSignal['updated']>): void {
    this.mark(new Set(updated.measureIds), updated.at);
  }

  /** A round opened, or back in sync after being away: the server's dates and current round are fetched again. */
  refresh = (): void => this.fetcher.refresh();

  private mark(measureIds: ReadonlySet<string>, at: string): void {
    let changed = false;
    for (const id of measureIds) {
      const known = this.updatedAt.get(id);
      // The table shows the day: typing a note need not tell every row at each keystroke.
      if (known !== undefined && Date.parse(at) - Date.parse(known) < SAME_MOMENT_MS) continue;
      this.updatedAt.set(id, at);
      changed = true;
    }
    if (changed) this.fetcher.notify();
  }
}

/** The measures whose status or status note a transaction changed, and those it added. */
function statusChanges(events: Array<Y.YEvent<Y.AbstractType<unknown>>>): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    const [measureId, field] = event.path;
    if (measureId === undefined) {
      for (const [key, change] of event.changes.keys) if (change.action === 'add') ids.add(key);
    } else if (typeof measureId !== 'string') {
      continue;
    } else if (field === undefined) {
      if ([...event.changes.keys.keys()].some((key) => STATUS_FIELDS.has(key))) ids.add(measureId);
    } else if (typeof field === 'string' && STATUS_FIELDS.has(field)) {
      ids.add(measureId);
    }
  }
  return ids;
}

const stores = new WeakMap<Y.Doc, PlanFreshness>();

/** The status dates of a plan document: one per document, shared by every row. */
export function planFreshnessOf(doc: Y.Doc, planId: string): PlanFreshness {
  let store = stores.get(doc);
  if (!store) {
    store = new PlanFreshness(doc, planId);
    stores.set(doc, store);
  }
  return store;
}

import type * as Y from 'yjs';
import { getMeasureMap } from '../../../shared/plan';
import type { FreshnessRound, MeasureFreshness, RoundsSignal } from '../../../shared/api/rounds';
import { getMeasureFreshness } from './api';
import { batchedFrames, type Schedule } from '../collab/batchedFrames';
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
  /** Others' status changes seen and not yet told, with when they were seen. */
  private readonly seen = new Map<string, string>();
  private scheduled = false;

  constructor(
    doc: Y.Doc,
    planId: string,
    private readonly schedule: Schedule = batchedFrames(),
  ) {
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
      if (transaction.local) this.mark(seenNow(statusChanges(events)));
      else if (this.live()) this.markLater(statusChanges(events));
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
    this.mark(updated.measureIds.map((id): [string, string] => [id, updated.at]));
  }

  /** A round opened, or back in sync after being away: the server's dates and current round are fetched again. */
  refresh = (): void => this.fetcher.refresh();

  /**
   * Others' changes are told in batches, as the table's store tells its own:
   * told one by one, fifty status changes a second would be fifty renders.
   */
  private markLater(measureIds: ReadonlySet<string>): void {
    if (measureIds.size === 0) return;
    for (const [id, at] of seenNow(measureIds)) this.seen.set(id, at);
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      const seen = [...this.seen];
      this.seen.clear();
      this.mark(seen);
    });
  }

  /** Takes each measure's moment of update, and tells the readers once if any date changed. */
  private mark(updates: Iterable<[measureId: string, at: string]>): void {
    let changed = false;
    for (const [id, at] of updates) changed = this.record(id, at) || changed;
    if (changed) this.fetcher.notify();
  }

  /** True when the measure's date changed. */
  private record(id: string, at: string): boolean {
    const known = this.updatedAt.get(id);
    // The table shows the day: typing a note need not tell every row at each keystroke.
    if (known !== undefined && Date.parse(at) - Date.parse(known) < SAME_MOMENT_MS) return false;
    this.updatedAt.set(id, at);
    return true;
  }
}

/** The measures, each updated this moment. */
function seenNow(measureIds: ReadonlySet<string>): Array<[string, string]> {
  const at = new Date().toISOString();
  return [...measureIds].map((id) => [id, at]);
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

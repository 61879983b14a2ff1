import type { SnapshotSummary } from '../storage/snapshotStore';

const DAY_MS = 24 * 3600_000;
/** Daily snapshots are kept this long; older ones thin to one a month. */
const DAILY_FOR_DAYS = 90;

const helsinkiDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Which automatic snapshots to drop: all of the last day are kept, then the
 * newest of each day (Finnish time) for 90 days, then the newest of each
 * month. Named versions are never dropped.
 */
export function snapshotsToThin(snapshots: SnapshotSummary[], now: Date): string[] {
  const newestFirst = snapshots.filter((s) => s.kind === 'auto').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keptBuckets = new Set<string>();
  const drop: string[] = [];
  for (const snapshot of newestFirst) {
    const age = now.getTime() - new Date(snapshot.createdAt).getTime();
    if (age < DAY_MS) continue;
    const day = helsinkiDay.format(new Date(snapshot.createdAt));
    const bucket = age < DAILY_FOR_DAYS * DAY_MS ? day : day.slice(0, 7);
    if (keptBuckets.has(bucket)) drop.push(snapshot.id);
    else keptBuckets.add(bucket);
  }
  return drop;
}

import type { CurrentRound } from './planFreshness';

/** A status older than this is flagged whatever the rounds. */
export const STALE_AFTER_DAYS = 365;
const DAY_MS = 24 * 3600_000;

/**
 * How old a measure's status is, as the table says it: `overYear` and
 * `beforeRound` (the current round asked about the measure and its status has
 * not been updated since the round opened) are flagged; `unknown` when no
 * update is recorded and nothing asks for one.
 */
export type StatusAge =
  | { kind: 'unknown' }
  | { kind: 'fresh'; at: string }
  | { kind: 'beforeRound'; at: string | null }
  | { kind: 'overYear'; at: string };

export function statusAge(measureId: string, updatedAt: string | undefined, round: CurrentRound | null, now: Date): StatusAge {
  if (updatedAt !== undefined && now.getTime() - new Date(updatedAt).getTime() > STALE_AFTER_DAYS * DAY_MS) return { kind: 'overYear', at: updatedAt };
  if (round?.measureIds.has(measureId) && (updatedAt === undefined || updatedAt < round.openedAt)) return { kind: 'beforeRound', at: updatedAt ?? null };
  return updatedAt === undefined ? { kind: 'unknown' } : { kind: 'fresh', at: updatedAt };
}

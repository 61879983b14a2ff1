import type { PlanComparison } from '../../../shared/plan';

export interface ComparisonCounts {
  statusChanged: number;
  added: number;
  removed: number;
  moved: number;
  changed: number;
  text: number;
}

/** How many changes of each kind: the headings' counts and the one-line summary read out when the result arrives. */
export function comparisonCounts(comparison: PlanComparison): ComparisonCounts {
  return {
    statusChanged: comparison.statusChanged.length,
    added: comparison.added.length,
    removed: comparison.removed.length,
    moved: comparison.moved.length,
    changed: comparison.changed.length,
    text: comparison.body.length,
  };
}

export function hasChanges(counts: ComparisonCounts): boolean {
  return Object.values(counts).some((count) => count > 0);
}

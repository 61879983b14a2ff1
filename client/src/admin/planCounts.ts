import type { PlanSummary } from '../api/plans';

/** How many plans each group has: the server refuses to delete a group that still has any. */
export function planCounts(plans: readonly PlanSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { groupId } of plans) if (groupId) counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
  return counts;
}

import { STATUSES, type Status } from './status';
import type { PlanData } from './types';

export type StatusCounts = Record<Status, number>;

export interface StatusReport {
  total: StatusCounts;
  focusAreas: Array<{ id: string; title: string; counts: StatusCounts }>;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** The status counts of `GET /api/plans/:id/report`, from a plan's data. */
export function buildStatusReport(data: PlanData): StatusReport {
  const total = emptyStatusCounts();
  const focusAreas = data.focusAreas.map((fa) => {
    const counts = emptyStatusCounts();
    for (const goal of fa.goals) {
      for (const measure of goal.measures) {
        counts[measure.status]++;
        total[measure.status]++;
      }
    }
    return { id: fa.id, title: fa.title, counts };
  });
  return { total, focusAreas };
}

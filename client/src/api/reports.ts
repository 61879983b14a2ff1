import type { YearlyReport } from '../../../shared/plan';
import { api } from './http';

/** The yearly report of the plan as it is now; with `since`, also what changed since that version. */
export function getReport(planId: string, since: string | null): Promise<YearlyReport> {
  const query = since ? `?${new URLSearchParams({ since })}` : '';
  return api<YearlyReport>(`/plans/${encodeURIComponent(planId)}/report${query}`);
}

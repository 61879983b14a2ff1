import type { IndicatorReport } from '../../../shared/indicators/report';
import type { Language } from '../../../shared/languages';
import type { YearlyReport } from '../../../shared/plan';
import { api } from './http';

/** The yearly report of the plan as it is now; with `since`, also what changed since that version. */
export function getReport(planId: string, since: string | null): Promise<YearlyReport> {
  const query = since ? `?${new URLSearchParams({ since })}` : '';
  return api<YearlyReport>(`/plans/${encodeURIComponent(planId)}/report${query}`);
}

/** The report's indicators section, worded by the server in `lang`: latest value, changes, on track or not, source and age. */
export function getIndicatorReport(planId: string, lang: Language): Promise<IndicatorReport> {
  return api<IndicatorReport>(`/plans/${encodeURIComponent(planId)}/report/indicators?lang=${lang}`);
}

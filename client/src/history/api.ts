import { api } from '../api/http';

/** One line of the audit trail (`GET /api/plans/:id/audit`), newest first. */
export interface AuditEntry {
  at: string;
  user: { id: string; name: string } | null;
  entity: string;
  entityId: string;
  field: string;
  from: string | null;
  to: string | null;
}

export function measureHistory(planId: string, measureId: string): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ entity: 'measure', entityId: measureId });
  return api<AuditEntry[]>(`/plans/${encodeURIComponent(planId)}/audit?${query}`);
}

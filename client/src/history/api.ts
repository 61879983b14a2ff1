import type { AuditEntry } from '../../../shared/audit';
import { api } from '../api/http';

export function measureHistory(planId: string, measureId: string): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ entity: 'measure', entityId: measureId });
  return api<AuditEntry[]>(`/plans/${encodeURIComponent(planId)}/audit?${query}`);
}

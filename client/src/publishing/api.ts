import type { PublicationSummary } from '../../../shared/api/publications';
import { api } from '../api/http';

export type { PublicationSummary };

const path = (planId: string) => `/plans/${encodeURIComponent(planId)}/publications`;

/** Newest first, taken-down ones included. */
export function listPublications(planId: string): Promise<PublicationSummary[]> {
  return api<PublicationSummary[]>(path(planId));
}

/** Without `versionId` the plan as it is now is saved as a named version and published. */
export function publish(planId: string, versionId?: string): Promise<PublicationSummary> {
  return api<PublicationSummary>(path(planId), { method: 'POST', body: versionId ? { versionId } : {} });
}

export function unpublish(planId: string, publicationId: string): Promise<PublicationSummary> {
  return api<PublicationSummary>(`${path(planId)}/${encodeURIComponent(publicationId)}`, { method: 'DELETE' });
}

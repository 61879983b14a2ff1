import type { PlanComparison, PlanData } from '../../../shared/plan';
import type { VersionSummary } from '../../../shared/api/versions';
import { api } from './http';

export type { VersionSummary };

const versionsPath = (planId: string) => `/plans/${encodeURIComponent(planId)}/versions`;

/** Newest first. */
export function listVersions(planId: string): Promise<VersionSummary[]> {
  return api<VersionSummary[]>(versionsPath(planId));
}

export function createVersion(planId: string, label: string): Promise<VersionSummary> {
  return api<VersionSummary>(versionsPath(planId), { method: 'POST', body: { label } });
}

/** The version's table and text (`body`), as it was. */
export function getVersion(planId: string, versionId: string): Promise<PlanData> {
  return api<PlanData>(`${versionsPath(planId)}/${encodeURIComponent(versionId)}`);
}

export function restoreVersion(planId: string, versionId: string): Promise<PlanData> {
  return api<PlanData>(`${versionsPath(planId)}/${encodeURIComponent(versionId)}/restore`, { method: 'POST' });
}

/** `to` is a version id or `current`. */
export function comparePlanVersions(planId: string, from: string, to: string): Promise<PlanComparison> {
  const query = new URLSearchParams({ from, to });
  return api<PlanComparison>(`/plans/${encodeURIComponent(planId)}/compare?${query}`);
}

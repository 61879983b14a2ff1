import type { PlanComparison, PlanData } from '../../../shared/plan';
import { api } from './http';

/** `named`: made by a chair or secretary and kept forever; `auto`: the server's periodic snapshot. */
export type VersionKind = 'named' | 'auto';

/** A version as `GET /api/plans/:id/versions` lists it. */
export interface VersionSummary {
  id: string;
  planId: string;
  label: string;
  createdAt: string;
  kind: VersionKind;
  /** Null for automatic snapshots, which nobody made. */
  createdBy: { id: string; name: string } | null;
}

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

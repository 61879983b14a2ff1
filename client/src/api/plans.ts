import type { Capabilities } from '../../../shared/roles';
import { api } from './http';

export interface PlanSummary {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  groupId?: string | null;
}

export function listPlans(): Promise<PlanSummary[]> {
  return api<PlanSummary[]>('/plans');
}

/** A plan as opened: with what this user may do with it. */
export interface OpenPlan extends PlanSummary {
  can: Capabilities;
}

export function getPlan(id: string): Promise<OpenPlan> {
  return api<OpenPlan>(`/plans/${encodeURIComponent(id)}`);
}

/** Without a group the plan is the creator's private draft. */
export function createPlan(title: string, groupId: string | null = null): Promise<PlanSummary> {
  return api<PlanSummary>('/plans', { method: 'POST', body: groupId ? { title, groupId } : { title } });
}

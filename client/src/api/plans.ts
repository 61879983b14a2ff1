import type { OpenPlan, PlanSummary } from '../../../shared/api/plans';
import { api } from './http';

export type { OpenPlan, PlanSummary };

export function listPlans(): Promise<PlanSummary[]> {
  return api<PlanSummary[]>('/plans');
}

export function getPlan(id: string): Promise<OpenPlan> {
  return api<OpenPlan>(`/plans/${encodeURIComponent(id)}`);
}

/** Without a group the plan is the creator's private draft. */
export function createPlan(title: string, groupId: string | null = null): Promise<PlanSummary> {
  return api<PlanSummary>('/plans', { method: 'POST', body: groupId ? { title, groupId } : { title } });
}

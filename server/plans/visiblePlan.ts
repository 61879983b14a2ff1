import type { Response } from 'express';
import { isPlanId } from '../../shared/documentNames';
import { authOf } from '../auth/middleware';
import { notFound } from '../http/errors';
import type { PlanRecord, PlanRepository } from '../storage/appStore';
import { planAccess } from './access';

/** The plan with this id if the signed-in user may see it; 404 alike for unknown and hidden plans. */
export type VisiblePlan = (id: string, res: Response) => Promise<PlanRecord>;

export function visiblePlanFinder(plans: PlanRepository): VisiblePlan {
  return async (id, res) => {
    const plan = isPlanId(id) ? await plans.findById(id) : undefined;
    if (!plan || !planAccess(authOf(res).user, plan).canRead) throw notFound('No such plan');
    return plan;
  };
}

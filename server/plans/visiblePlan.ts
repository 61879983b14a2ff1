import type { Response } from 'express';
import { isPlanId } from '../../shared/documentNames';
import { authOf } from '../auth/middleware';
import { HttpError, notFound } from '../http/errors';
import type { Capabilities } from '../../shared/roles';
import type { PlanRecord, PlanRepository } from '../storage/appStore';
import type { AccessService } from './access';

/**
 * The plan with this id and what the signed-in user may do with it; 404
 * alike for unknown plans and plans the user may not see.
 */
export type VisiblePlan = (id: string, res: Response) => Promise<{ plan: PlanRecord; can: Capabilities }>;

export function visiblePlanFinder(plans: PlanRepository, access: AccessService): VisiblePlan {
  return async (id, res) => {
    const plan = isPlanId(id) ? await plans.findById(id) : undefined;
    const can = plan ? await access.onPlan(authOf(res).user, plan) : null;
    if (!plan || !can?.read) throw notFound('No such plan');
    return { plan, can };
  };
}

/** Answers 403 unless `allowed`; the message says what the role lacks. */
export function requireRight(allowed: boolean, message: string): void {
  if (!allowed) throw new HttpError(403, message);
}

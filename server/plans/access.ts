import type { PlanRecord, User } from '../storage/appStore';

export interface PlanAccess {
  canRead: boolean;
  canEdit: boolean;
  canComment: boolean;
  canManageVersions: boolean;
}

/**
 * What a user may do with a plan. Until steering groups and their roles
 * exist, every signed-in user works on every plan; this is the one place the
 * group roles of the contract will plug in.
 */
export function planAccess(user: User, _plan: PlanRecord): PlanAccess {
  return { canRead: true, canEdit: true, canComment: true, canManageVersions: true };
}

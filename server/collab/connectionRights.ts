import type { AccessService } from '../plans/access';
import type { AppStore } from '../storage/appStore';
import { connectionMayWrite } from './authExtension';
import type { ConnectionRegistry } from './connectionRegistry';

/** Re-checks every open connection against the current roles: removed access closes, a new role reads or writes at once. */
export function connectionRightsRefresher(registry: ConnectionRegistry, store: AppStore, access: AccessService) {
  return () =>
    registry.reevaluate(async ({ userId, planId, kind }) => {
      const [user, plan] = await Promise.all([store.users.findById(userId), store.plans.findById(planId)]);
      const can = user && plan ? await access.onPlan(user, plan) : null;
      if (!can?.read) return 'close';
      return connectionMayWrite(kind, can) ? 'read-write' : 'read-only';
    });
}

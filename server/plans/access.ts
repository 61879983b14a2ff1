import { capabilitiesOf, type Capabilities, type Role } from '../../shared/roles';
import type { MembershipRepository, PlanRecord, User } from '../storage/appStore';

// A private draft's creator: everything but groups, and never publishing (a draft is not for the public).
const OWNER: Capabilities = { read: true, edit: true, comment: true, manageVersions: true, manageGroup: false, publish: false };
const NOTHING = capabilitiesOf(null);

/**
 * Who may do what, in one place for REST and the socket alike: the
 * administrator everything; others by their role in the plan's steering
 * group. A plan in no group is a private draft of its creator.
 */
export class AccessService {
  constructor(private readonly memberships: MembershipRepository) {}

  async roleIn(user: User, groupId: string): Promise<Role | null> {
    return (await this.memberships.find(groupId, user.id))?.role ?? null;
  }

  async inGroup(user: User, groupId: string): Promise<Capabilities> {
    return capabilitiesOf(await this.roleIn(user, groupId), user.isAdmin);
  }

  async onPlan(user: User, plan: PlanRecord): Promise<Capabilities> {
    if (user.isAdmin) return capabilitiesOf(null, true);
    if (plan.groupId === null) return plan.createdBy === user.id ? OWNER : NOTHING;
    return this.inGroup(user, plan.groupId);
  }
}

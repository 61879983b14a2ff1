import { capabilitiesOf } from '../../../shared/roles';
import type { GroupSummary } from '../api/groups';

/**
 * Groups the user may create a plan in: creating one needs the right to
 * manage the group (chair, secretary) or administrator rights.
 */
export function plannableGroups(groups: readonly GroupSummary[], isAdmin: boolean): GroupSummary[] {
  return groups
    .filter((g) => capabilitiesOf(g.myRole, isAdmin).manageGroup)
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

/**
 * Roles in a steering group (hyvinvointiryhmä / ohjausryhmä) and what each
 * may do with the group's plans. The server enforces these; the client only
 * uses them to hide what a user cannot do.
 */
export const ROLES = ['chair', 'secretary', 'member', 'coordinator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface Capabilities {
  read: boolean;
  /** Edit the plan text and the measure table. */
  edit: boolean;
  comment: boolean;
  /** Make and restore versions. */
  manageVersions: boolean;
  /** Rename the group, add and remove members, change roles. */
  manageGroup: boolean;
  /** Publish versions of the plan on the public web, take them down, write its accessibility statement. */
  publish: boolean;
}

const NONE: Capabilities = { read: false, edit: false, comment: false, manageVersions: false, manageGroup: false, publish: false };
const ALL: Capabilities = { read: true, edit: true, comment: true, manageVersions: true, manageGroup: true, publish: true };

const BY_ROLE: Record<Role, Capabilities> = {
  chair: ALL,
  secretary: ALL,
  member: { read: true, edit: true, comment: true, manageVersions: false, manageGroup: false, publish: false },
  coordinator: { read: true, edit: false, comment: true, manageVersions: false, manageGroup: false, publish: false },
  viewer: { read: true, edit: false, comment: false, manageVersions: false, manageGroup: false, publish: false },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** What a user may do: administrators everything, others by their role in the plan's group. */
export function capabilitiesOf(role: Role | null, isAdmin = false): Capabilities {
  if (isAdmin) return ALL;
  return role ? BY_ROLE[role] : NONE;
}

/**
 * Who runs a plan's follow-up (status rounds, reminders, the group's annual
 * clock): the chair, the secretary and the coordinator, who chases the
 * responsible units for their status (and the administrator). Accepting an
 * answer into the plan is an edit, and needs `edit`.
 */
export const FOLLOW_UP_ROLES: readonly Role[] = ['chair', 'secretary', 'coordinator'];

export function mayRunFollowUp(role: Role | null, isAdmin = false): boolean {
  return isAdmin || (role !== null && FOLLOW_UP_ROLES.includes(role));
}

/** Finnish names of the roles, as municipalities write them. */
export const ROLE_LABELS_FI: Record<Role, string> = {
  chair: 'puheenjohtaja',
  secretary: 'sihteeri',
  member: 'jäsen',
  coordinator: 'koordinaattori',
  viewer: 'lukija',
};

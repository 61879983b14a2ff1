/** `/api/groups`: steering groups and their members. */
import { z } from 'zod';
import { ROLES, type Capabilities, type Role } from '../roles';
import type { PlanSummary } from './plans';

const groupName = z.string().trim().min(1, 'name must not be empty').max(300);
/** `POST /api/groups` and `PATCH /api/groups/:id`. */
export const groupNameSchema = z.object({ name: groupName });

/** `PUT /api/groups/:id/members/:userId`: the whole membership; fields left out are reset to their defaults. */
export const membershipSchema = z.object({
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
  /** Job title as municipalities name members, e.g. "hyvinvointikoordinaattori". */
  title: z.string().trim().max(300).default(''),
  /** E.g. "strategia- ja hyvinvointiyksikkö". */
  unit: z.string().trim().max(300).default(''),
  /** Varajäsen. */
  deputy: z.boolean().default(false),
  /** Asiantuntijajäsen. */
  expert: z.boolean().default(false),
});
export type MembershipFields = z.infer<typeof membershipSchema>;

/** `PATCH /api/groups/:id/members/:userId`: only the fields given change. */
export const membershipPatchSchema = z
  .object({
    role: membershipSchema.shape.role.optional(),
    title: z.string().trim().max(300).optional(),
    unit: z.string().trim().max(300).optional(),
    deputy: z.boolean().optional(),
    expert: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');

/** A steering group (hyvinvointiryhmä, ohjausryhmä): what `POST` and `PATCH /api/groups` answer. */
export interface Group {
  id: string;
  name: string;
  createdAt: string;
}

/** A user's place in a group: the role decides what they may do with the group's plans. */
export interface Membership extends MembershipFields {
  groupId: string;
  userId: string;
}

/** `GET /api/groups`: the user's groups (the administrator's: all). */
export interface GroupSummary extends Group {
  /** Null for an administrator who is not a member. */
  myRole: Role | null;
  /** Every plan of the group, also those the user may not open. */
  planCount: number;
}

/** A member as the group's page lists them. */
export interface Member extends Membership {
  name: string;
  email: string;
}

/** `GET /api/groups/:id`. */
export interface GroupDetail extends Group {
  myRole: Role | null;
  can: Capabilities;
  members: Member[];
  plans: PlanSummary[];
}

import type { Capabilities, Role } from '../../../shared/roles';
import { api } from './http';
import type { PlanSummary } from './plans';

export interface GroupSummary {
  id: string;
  name: string;
  createdAt: string;
  /** Null for an administrator who is not a member. */
  myRole: Role | null;
}

export interface MembershipFields {
  role: Role;
  /** Job title as municipalities name members, e.g. "hyvinvointikoordinaattori". */
  title: string;
  unit: string;
  /** Varajäsen. */
  deputy: boolean;
  /** Asiantuntijajäsen. */
  expert: boolean;
}

export interface Member extends MembershipFields {
  userId: string;
  name: string;
  email: string;
}

export interface GroupDetail extends GroupSummary {
  can: Capabilities;
  members: Member[];
  plans: PlanSummary[];
}

const groupPath = (id: string) => `/groups/${encodeURIComponent(id)}`;
const memberPath = (groupId: string, userId: string) => `${groupPath(groupId)}/members/${encodeURIComponent(userId)}`;

export function listGroups(): Promise<GroupSummary[]> {
  return api<GroupSummary[]>('/groups');
}

export function getGroup(id: string): Promise<GroupDetail> {
  return api<GroupDetail>(groupPath(id));
}

export function createGroup(name: string): Promise<GroupSummary> {
  return api<GroupSummary>('/groups', { method: 'POST', body: { name } });
}

export function renameGroup(id: string, name: string): Promise<void> {
  return api<void>(groupPath(id), { method: 'PATCH', body: { name } });
}

export function deleteGroup(id: string): Promise<void> {
  return api<void>(groupPath(id), { method: 'DELETE' });
}

/** Adds a member or replaces a membership whole: fields left out would be reset, so send them all. */
export function putMember(groupId: string, userId: string, fields: MembershipFields): Promise<void> {
  return api<void>(memberPath(groupId, userId), { method: 'PUT', body: fields });
}

export function removeMember(groupId: string, userId: string): Promise<void> {
  return api<void>(memberPath(groupId, userId), { method: 'DELETE' });
}

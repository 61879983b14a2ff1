import type { Group, GroupDetail, GroupSummary, Member, MembershipFields } from '../../../shared/api/groups';
import { api } from './http';

export type { GroupDetail, GroupSummary, Member, MembershipFields };

const groupPath = (id: string) => `/groups/${encodeURIComponent(id)}`;
const memberPath = (groupId: string, userId: string) => `${groupPath(groupId)}/members/${encodeURIComponent(userId)}`;

export function listGroups(): Promise<GroupSummary[]> {
  return api<GroupSummary[]>('/groups');
}

export function getGroup(id: string): Promise<GroupDetail> {
  return api<GroupDetail>(groupPath(id));
}

export function createGroup(name: string): Promise<Group> {
  return api<Group>('/groups', { method: 'POST', body: { name } });
}

export function renameGroup(id: string, name: string): Promise<Group> {
  return api<Group>(groupPath(id), { method: 'PATCH', body: { name } });
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

import { ROLES } from '../../../shared/roles';
import type { Member, MembershipFields } from '../api/groups';
import type { DirectoryUser } from '../api/users';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fi');

/** As a group's member list is written in municipal decisions: chair, secretary, members…, each by name. */
export function sortMembers(members: readonly Member[]): Member[] {
  return [...members].sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || byName(a, b));
}

/** Users who could still be added to the group, by name. */
export function addableUsers(directory: readonly DirectoryUser[], members: readonly Member[]): DirectoryUser[] {
  const inGroup = new Set(members.map((m) => m.userId));
  return directory.filter((u) => !inGroup.has(u.id)).sort(byName);
}

/** The membership as the server stores it: a PUT replaces it whole, so edits start from all of it. */
export function membershipOf(member: Member): MembershipFields {
  const { role, title, unit, deputy, expert } = member;
  return { role, title, unit, deputy, expert };
}

/** "hyvinvointikoordinaattori, strategia- ja hyvinvointiyksikkö", leaving out what is not given. */
export function positionOf(member: Pick<Member, 'title' | 'unit'>): string {
  return [member.title, member.unit].filter((part) => part.trim() !== '').join(', ');
}

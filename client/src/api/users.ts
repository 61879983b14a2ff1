import type { AdminUser, CreatedUser, DirectoryUser, Invite, Invitee, NewUser, UserChange } from '../../../shared/api/users';
import { api } from './http';

export type { AdminUser, DirectoryUser, Invite, Invitee, NewUser };

const userPath = (id: string) => `/users/${encodeURIComponent(id)}`;
const invitePath = (token: string) => `/invites/${encodeURIComponent(token)}`;

export function listUsers(): Promise<AdminUser[]> {
  return api<AdminUser[]>('/users');
}

/** The member picker's view of the directory; the same call, typed for what non-administrators get. */
export function listDirectory(): Promise<DirectoryUser[]> {
  return api<DirectoryUser[]>('/users');
}

export function createUser(user: NewUser): Promise<CreatedUser> {
  return api<CreatedUser>('/users', { method: 'POST', body: user });
}

export function updateUser(id: string, change: UserChange): Promise<AdminUser> {
  return api<AdminUser>(userPath(id), { method: 'PATCH', body: change });
}

export function deleteUser(id: string): Promise<void> {
  return api<void>(userPath(id), { method: 'DELETE' });
}

/** A new link; the user's earlier links stop working. */
export function reissueInvite(id: string): Promise<Invite> {
  return api<Invite>(`${userPath(id)}/invite`, { method: 'POST' });
}

/** Public: who the link invites; 404 when it is unknown, used or expired. */
export function getInvite(token: string): Promise<Invitee> {
  return api<Invitee>(invitePath(token));
}

export function acceptInvite(token: string, password: string): Promise<void> {
  return api<void>(invitePath(token), { method: 'POST', body: { password } });
}

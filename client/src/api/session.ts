import type { LoginResponse, SessionResponse, SessionUser } from '../../../shared/api/session';
import { api, isUnauthorized } from './http';

export type { SessionUser };

export async function signIn(email: string, password: string): Promise<SessionUser> {
  const { user } = await api<LoginResponse>('/session', {
    method: 'POST',
    body: { email, password },
  });
  return user;
}

/** The signed-in user from the session cookie, or null when there is no valid session. */
export async function currentUser(): Promise<SessionUser | null> {
  try {
    const { user } = await api<SessionResponse>('/session');
    return user;
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export async function signOut(): Promise<void> {
  await api<void>('/session', { method: 'DELETE' });
}

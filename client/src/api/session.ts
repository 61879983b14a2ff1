import { api, isUnauthorized } from './http';

export interface User {
  id: string;
  email: string;
  name: string;
  color: string;
  isAdmin: boolean;
}

export async function signIn(email: string, password: string): Promise<User> {
  const { user } = await api<{ token: string; user: User }>('/session', {
    method: 'POST',
    body: { email, password },
  });
  return user;
}

/** The signed-in user from the session cookie, or null when there is no valid session. */
export async function currentUser(): Promise<User | null> {
  try {
    const { user } = await api<{ user: User }>('/session');
    return user;
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export async function signOut(): Promise<void> {
  await api<void>('/session', { method: 'DELETE' });
}

import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { SessionUser } from '../../shared/api/session';
import type { SessionRepository, User, UserRepository } from '../storage/appStore';
import { dummyPasswordHash, verifyPassword } from './passwords';

export interface Authenticated {
  user: User;
  sessionId: string;
}

/** What the API and the socket show of the signed-in user. */
export function publicUser(user: User): SessionUser {
  return { id: user.id, email: user.email, name: user.name, color: user.color, isAdmin: user.isAdmin };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Logins, bearer tokens and their expiry; the same token serves the cookie, scripts and the socket. */
export class SessionService {
  private readonly endListeners = new Set<(sessionId: string) => void>();

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly ttlMs: number,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: User; expiresAt: Date } | null> {
    const user = await this.users.findByEmail(email);
    // Invited users without a password yet verify against the dummy too, and fail.
    const ok = await verifyPassword(user?.passwordHash || (await dummyPasswordHash), password);
    if (!user || !user.passwordHash || !ok) return null;
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    await this.sessions.create({
      id: randomUUID(),
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    return { token, user, expiresAt };
  }

  async authenticate(token: string | undefined): Promise<Authenticated | null> {
    if (!token || token.length > 200) return null;
    const session = await this.sessions.findByTokenHash(hashToken(token));
    if (!session) return null;
    if (new Date(session.expiresAt) <= new Date()) {
      await this.end(session.id);
      return null;
    }
    const user = await this.users.findById(session.userId);
    return user ? { user, sessionId: session.id } : null;
  }

  /** Ends every session of a user, e.g. when the user is removed. */
  async endAllOf(userId: string): Promise<void> {
    for (const session of await this.sessions.ofUser(userId)) await this.end(session.id);
  }

  async end(sessionId: string): Promise<void> {
    await this.sessions.delete(sessionId);
    for (const listener of this.endListeners) listener(sessionId);
  }

  /** Lets the socket layer close the connections of an ended session. */
  onSessionEnded(listener: (sessionId: string) => void): void {
    this.endListeners.add(listener);
  }

  async purgeExpired(): Promise<number> {
    return this.sessions.deleteExpired(new Date());
  }
}

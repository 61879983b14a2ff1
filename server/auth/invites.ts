import { createHash, randomBytes } from 'node:crypto';
import type { Auditor } from '../audit/auditor';
import type { InviteRepository, User, UserRepository } from '../storage/appStore';
import { HttpError } from '../http/errors';
import { hashPassword } from './passwords';
import type { SessionService } from './sessionService';

const INVITE_TTL_MS = 7 * 24 * 3600_000;
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * One-time links with which a new user sets their password. No e-mail
 * server is needed: the administrator sees the link and passes it on.
 */
export class InviteService {
  constructor(
    private readonly invites: InviteRepository,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly auditor: Auditor,
  ) {}

  /** A fresh link for the user; earlier links of the user stop working. */
  async create(userId: string): Promise<{ path: string; expiresAt: string }> {
    await this.invites.deleteForUser(userId);
    const token = randomBytes(24).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + INVITE_TTL_MS).toISOString();
    await this.invites.create({ tokenHash: hashToken(token), userId, createdAt: new Date(now).toISOString(), expiresAt });
    return { path: `/invite/${token}`, expiresAt };
  }

  /** The invited user, or 404 for a link that is unknown, used or expired. */
  async userOf(token: string): Promise<User> {
    const invite = token.length <= 100 ? await this.invites.findByTokenHash(hashToken(token)) : undefined;
    const user = invite && new Date(invite.expiresAt) > new Date() ? await this.users.findById(invite.userId) : undefined;
    if (!user) throw new HttpError(404, 'This link is unknown, already used or expired');
    return user;
  }

  /**
   * Sets the password and ends every session of the user (their open sockets
   * close with them): whoever signed in with the old password, or holds a
   * stolen token, is out once the owner sets a new one.
   */
  async accept(token: string, password: string): Promise<User> {
    const user = await this.userOf(token);
    await this.users.update(user.id, { passwordHash: await hashPassword(password) });
    await this.invites.deleteForUser(user.id);
    await this.sessions.endAllOf(user.id);
    await this.auditor.system(user, { entity: 'user', entityId: user.id, field: 'password', to: 'set through invite link' });
    return user;
  }
}

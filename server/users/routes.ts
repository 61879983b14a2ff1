import { Router } from 'express';
import {
  acceptInviteSchema,
  inviteTokenSchema,
  newUserSchema,
  userChangeSchema,
  type CreatedUser,
  type DirectoryUser,
  type Invite,
  type Invitee,
} from '../../shared/api/users';
import type { Auditor } from '../audit/auditor';
import { authOf, requireAdmin } from '../auth/middleware';
import type { InviteService } from '../auth/invites';
import type { SessionService } from '../auth/sessionService';
import { HttpError, notFound, parseInput } from '../http/errors';
import type { MembershipRepository, UserRepository } from '../storage/appStore';
import { createUser, userForAdmin } from './userService';

interface UserRouteDependencies {
  users: UserRepository;
  memberships: MembershipRepository;
  sessions: SessionService;
  invites: InviteService;
  auditor: Auditor;
  /** Called after a user was removed, so that their open connections close. */
  onAccessChanged: () => Promise<void>;
}

/** Mounted behind `requireSession`. Managing users is the administrator's. */
export function userRoutes({ users, memberships, sessions, invites, auditor, onAccessChanged }: UserRouteDependencies): Router {
  const router = Router();

  async function existingUser(id: string) {
    const user = await users.findById(id);
    if (!user) throw notFound('No such user');
    return user;
  }

  // Chairs and secretaries need the directory to add members; everyone else gets 403.
  router.get('/users', async (_req, res) => {
    const { user } = authOf(res);
    const all = await users.list();
    if (user.isAdmin) {
      res.json(all.map(userForAdmin));
      return;
    }
    const managesAGroup = (await memberships.ofUser(user.id)).some((m) => m.role === 'chair' || m.role === 'secretary');
    if (!managesAGroup) throw new HttpError(403, 'Only administrators, chairs and secretaries list users');
    res.json(all.map((u): DirectoryUser => ({ id: u.id, email: u.email, name: u.name })));
  });

  router.post('/users', requireAdmin, async (req, res) => {
    const input = parseInput(newUserSchema, req.body);
    const user = await createUser(users, input);
    const invite = input.password ? null : await invites.create(user.id);
    await auditor.system(authOf(res).user, { entity: 'user', entityId: user.id, field: 'created', to: user.email });
    res.status(201).json({
      id: user.id,
      email: user.email,
      name: user.name,
      ...(invite ? { invitePath: invite.path, inviteExpiresAt: invite.expiresAt } : {}),
    } satisfies CreatedUser);
  });

  router.patch('/users/:id', requireAdmin, async (req, res) => {
    const target = await existingUser(String(req.params.id));
    const change = parseInput(userChangeSchema, req.body);
    if (change.isAdmin === false && target.id === authOf(res).user.id) {
      throw new HttpError(409, 'You cannot take away your own administrator rights');
    }
    if (change.email && change.email.toLowerCase() !== target.email && (await users.findByEmail(change.email))) {
      throw new HttpError(409, 'A user with this email already exists');
    }
    await users.update(target.id, change);
    const updated = (await users.findById(target.id)) ?? target;
    // Compared as stored: an e-mail given in other letters is no change.
    for (const field of Object.keys(change) as (keyof typeof change)[]) {
      const [from, to] = [String(target[field]), String(updated[field])];
      if (from !== to) await auditor.system(authOf(res).user, { entity: 'user', entityId: target.id, field, from, to });
    }
    if (change.isAdmin === false) await onAccessChanged();
    res.json(userForAdmin(updated));
  });

  router.delete('/users/:id', requireAdmin, async (req, res) => {
    const target = await existingUser(String(req.params.id));
    if (target.id === authOf(res).user.id) throw new HttpError(409, 'You cannot remove yourself');
    await sessions.endAllOf(target.id);
    await users.delete(target.id);
    await auditor.system(authOf(res).user, { entity: 'user', entityId: target.id, field: 'deleted', from: target.email });
    await onAccessChanged();
    res.status(204).end();
  });

  router.post('/users/:id/invite', requireAdmin, async (req, res) => {
    const target = await existingUser(String(req.params.id));
    const invite = await invites.create(target.id);
    await auditor.system(authOf(res).user, { entity: 'user', entityId: target.id, field: 'invited', to: invite.expiresAt });
    res.status(201).json({ invitePath: invite.path, inviteExpiresAt: invite.expiresAt } satisfies Invite);
  });

  return router;
}

/** Public: the set-password page of an invited user. */
export function inviteRoutes(invites: InviteService): Router {
  const router = Router();

  router.get('/invites/:token', async (req, res) => {
    const user = await invites.userOf(parseInput(inviteTokenSchema, req.params.token, 'link'));
    res.json({ email: user.email, name: user.name } satisfies Invitee);
  });

  router.post('/invites/:token', async (req, res) => {
    const { password } = parseInput(acceptInviteSchema, req.body);
    await invites.accept(parseInput(inviteTokenSchema, req.params.token, 'link'), password);
    res.status(204).end();
  });

  return router;
}

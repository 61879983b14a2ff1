import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import { groupNameSchema, membershipPatchSchema, membershipSchema, type GroupDetail, type GroupSummary } from '../../shared/api/groups';
import type { Auditor } from '../audit/auditor';
import { authOf, requireAdmin } from '../auth/middleware';
import { HttpError, notFound, parseInput } from '../http/errors';
import type { AccessService } from '../plans/access';
import { planSummary } from '../plans/routes';
import { requireRight } from '../plans/visiblePlan';
import type { AppStore, Group, Membership } from '../storage/appStore';

const MANAGE = 'Only the chair, the secretary or the administrator manages the group';

interface GroupRouteDependencies {
  store: AppStore;
  access: AccessService;
  auditor: Auditor;
  /** Called after memberships changed, so that open connections follow the new roles. */
  onAccessChanged: () => Promise<void>;
}

/** Mounted behind `requireSession`: steering groups and their members. */
export function groupRoutes({ store, access, auditor, onAccessChanged }: GroupRouteDependencies): Router {
  const router = Router();

  /** The group and the user's rights in it; 404 for groups the user is not in. */
  async function visibleGroup(id: string, res: Response) {
    const group = await store.groups.findById(id);
    const can = group ? await access.inGroup(authOf(res).user, group.id) : null;
    if (!group || !can?.read) throw notFound('No such group');
    return { group, can };
  }

  async function describe(group: Group, res: Response): Promise<GroupDetail> {
    const { user } = authOf(res);
    const members = await Promise.all(
      (await store.memberships.ofGroup(group.id)).map(async (m) => {
        const member = await store.users.findById(m.userId);
        return { ...m, name: member?.name ?? '', email: member?.email ?? '' };
      }),
    );
    const plans = (await store.plans.list()).filter((p) => p.groupId === group.id).map(planSummary);
    return { ...group, myRole: await access.roleIn(user, group.id), can: await access.inGroup(user, group.id), members, plans };
  }

  router.get('/groups', async (_req, res) => {
    const { user } = authOf(res);
    const mine = new Map((await store.memberships.ofUser(user.id)).map((m) => [m.groupId, m.role]));
    const groups = (await store.groups.list()).filter((g) => user.isAdmin || mine.has(g.id));
    const plans = await store.plans.list();
    res.json(groups.map((g): GroupSummary => ({ ...g, myRole: mine.get(g.id) ?? null, planCount: plans.filter((p) => p.groupId === g.id).length })));
  });

  router.post('/groups', requireAdmin, async (req, res) => {
    const { name } = parseInput(groupNameSchema, req.body);
    const group: Group = { id: randomUUID(), name, createdAt: new Date().toISOString() };
    await store.groups.create(group);
    await auditor.system(authOf(res).user, { entity: 'group', entityId: group.id, field: 'created', to: name });
    res.status(201).json(group);
  });

  router.get('/groups/:id', async (req, res) => {
    const { group } = await visibleGroup(req.params.id, res);
    res.json(await describe(group, res));
  });

  router.patch('/groups/:id', async (req, res) => {
    const { group, can } = await visibleGroup(req.params.id, res);
    requireRight(can.manageGroup, MANAGE);
    const { name } = parseInput(groupNameSchema, req.body);
    await store.groups.rename(group.id, name);
    await auditor.system(authOf(res).user, { entity: 'group', entityId: group.id, field: 'name', from: group.name, to: name });
    res.json({ ...group, name });
  });

  router.delete('/groups/:id', requireAdmin, async (req, res) => {
    const { group } = await visibleGroup(String(req.params.id), res);
    if ((await store.plans.list()).some((p) => p.groupId === group.id)) {
      throw new HttpError(409, 'The group still has plans: move them to another group first');
    }
    await store.groups.delete(group.id);
    await auditor.system(authOf(res).user, { entity: 'group', entityId: group.id, field: 'deleted', from: group.name });
    await onAccessChanged();
    res.status(204).end();
  });

  router.put('/groups/:id/members/:userId', async (req, res) => {
    const { group, can } = await visibleGroup(req.params.id, res);
    requireRight(can.manageGroup, MANAGE);
    const input = parseInput(membershipSchema, req.body);
    const member = await store.users.findById(req.params.userId);
    if (!member) throw notFound('No such user');
    const membership: Membership = { groupId: group.id, userId: member.id, ...input };
    const previous = await store.memberships.find(group.id, member.id);
    await store.memberships.put(membership);
    if (previous?.role !== membership.role) {
      await auditor.system(authOf(res).user, { entity: 'membership', entityId: `${group.id}:${member.id}`, field: 'role', from: previous?.role ?? null, to: membership.role });
    }
    await onAccessChanged();
    res.json(membership);
  });

  // Changes only the fields given, e.g. the role, keeping title, unit and badges.
  router.patch('/groups/:id/members/:userId', async (req, res) => {
    const { group, can } = await visibleGroup(req.params.id, res);
    requireRight(can.manageGroup, MANAGE);
    const previous = await store.memberships.find(group.id, req.params.userId);
    if (!previous) throw notFound('Not a member of this group');
    const change = parseInput(membershipPatchSchema, req.body);
    const membership: Membership = { ...previous, ...change };
    await store.memberships.put(membership);
    if (previous.role !== membership.role) {
      await auditor.system(authOf(res).user, { entity: 'membership', entityId: `${group.id}:${previous.userId}`, field: 'role', from: previous.role, to: membership.role });
    }
    await onAccessChanged();
    res.json(membership);
  });

  router.delete('/groups/:id/members/:userId', async (req, res) => {
    const { group, can } = await visibleGroup(req.params.id, res);
    requireRight(can.manageGroup, MANAGE);
    if (!(await store.memberships.find(group.id, req.params.userId))) throw notFound('Not a member of this group');
    const removed = await store.memberships.find(group.id, req.params.userId);
    await store.memberships.delete(group.id, req.params.userId);
    await auditor.system(authOf(res).user, { entity: 'membership', entityId: `${group.id}:${req.params.userId}`, field: 'role', from: removed?.role ?? null, to: null });
    await onAccessChanged();
    res.status(204).end();
  });

  return router;
}
